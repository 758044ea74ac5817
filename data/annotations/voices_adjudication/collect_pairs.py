"""Matched (gold, system) speaker pairs of a held-out set with the engine on PYTHONPATH.

Run: python collect_pairs.py SET [SOURCE [ARTICLES [OUT_DIR]]]
SOURCE: wikinews (default; ARTICLES /tmp/dewikinews/articles.jsonl), wmt (ARTICLES
/tmp/wmt/articles.jsonl), pcc (ARTICLES /tmp/pcc/articles.jsonl) or fang (ARTICLES
/tmp/fang/articles.jsonl); texts and gold are read as `make bench-voices-wikinews`,
`make bench-voices-newspapers`, `make bench-voices-commentaries` and `make bench-voices-fang`
read them (framelab.attribution.wikinews_benchmark). Writes
OUT_DIR/pairs_SET.csv (default /tmp/adj): every matched statement whose gold names a speaker.
"""
import json, sys
import pandas as pd
from framelab.attribution import benchmark as b
from framelab.attribution.wikinews_benchmark import load_gold, load_texts

ARTICLES = {'wikinews': '/tmp/dewikinews/articles.jsonl', 'wmt': '/tmp/wmt/articles.jsonl',
            'pcc': '/tmp/pcc/articles.jsonl', 'fang': '/tmp/fang/articles.jsonl'}


def main(name, source='wikinews', articles=None, out_dir='/tmp/adj'):
    texts = load_texts(articles or ARTICLES[source], source)
    g, arts = load_gold('/work/main/data/annotations', name)
    g = g.reset_index(drop=True)
    ids = sorted(arts.article_id)
    pas = pd.DataFrame([row for a in ids for row in b.passages_of(a, texts[a])])
    s = b.run_engine(pas, 6)
    s = s[s.kind != 'interview'].reset_index(drop=True)
    joined = pas.groupby('article_id')['text'].agg('\n'.join).to_dict()
    print(json.dumps(b.scores(s, g, joined)), file=sys.stderr)
    out = []
    for a in ids:
        ga, sa = g[g.article_id == a].reset_index(drop=True), s[s.article_id == a].reset_index(drop=True)
        for gi, si in b.match(sa, ga):
            if not ga.loc[gi, 'speaker_name']:
                continue
            out.append(dict(set=name, article_id=a, n=ga.loc[gi, 'n'], sentence=ga.loc[gi, 'sentence'],
                            gold=ga.loc[gi, 'speaker_name'], system=sa.loc[si, 'speaker_name'],
                            auto=bool(b.speaker_matches(ga.loc[gi], sa.loc[si, 'speaker_name'], joined.get(a, '')))))
    pd.DataFrame(out).to_csv(f'{out_dir}/pairs_{name}.csv', index=False)


if __name__ == '__main__':
    main(*sys.argv[1:])
