"""Matched (gold, system) speaker pairs of a WMT newspaper set (wmt20-wmt23, wmt21en) with the
engine on PYTHONPATH: `collect_pairs.py SET wmt`, written to /tmp/adj6 (texts from
voices_gold_wmt_corpus.py's JSONL, /tmp/wmt/articles.jsonl).

Run: python collect_pairs_wmt.py SET
"""
import sys

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from collect_pairs import main

if __name__ == '__main__':
    main(sys.argv[1], 'wmt', None, '/tmp/adj6')
