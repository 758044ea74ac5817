"""Matched (gold, system) speaker pairs of a WMT newspaper set (wmt21, wmt22) with the engine on PYTHONPATH; texts from voices_gold_wmt_corpus.py's JSONL."""
import json, sys
import pandas as pd
from framelab.attribution import benchmark as b
SET = sys.argv[1]
ann = '/work/main/data/annotations'
recs = [json.loads(l) for l in open('/tmp/wmt/articles.jsonl', encoding='utf-8')]
texts = {r['id']: r['text'] for r in recs}
g = pd.read_csv(f'{ann}/voices_gold_{SET}.csv', dtype=str, keep_default_na=False)
arts = pd.read_csv(f'{ann}/voices_gold_{SET}_articles.csv', dtype=str, keep_default_na=False)
ids = sorted(arts.article_id)
pas = pd.DataFrame([row for a in ids for row in b.passages_of(a, texts[a])])
s = b.run_engine(pas, 6)
s = s[s.kind != 'interview'].reset_index(drop=True); g = g[g.kind != 'interview'].reset_index(drop=True)
joined = pas.groupby('article_id')['text'].agg('\n'.join).to_dict()
print(json.dumps(b.scores(s, g, joined)), file=sys.stderr)
out = []
for a in ids:
    ga, sa = g[g.article_id == a].reset_index(drop=True), s[s.article_id == a].reset_index(drop=True)
    for gi, si in b.match(sa, ga):
        if not ga.loc[gi, 'speaker_name']:
            continue
        out.append(dict(set=SET, article_id=a, n=ga.loc[gi, 'n'], sentence=ga.loc[gi, 'sentence'],
                        gold=ga.loc[gi, 'speaker_name'], system=sa.loc[si, 'speaker_name'],
                        auto=bool(b.speaker_matches(ga.loc[gi], sa.loc[si, 'speaker_name'], joined.get(a, '')))))
pd.DataFrame(out).to_csv(f'/tmp/adj6/pairs_{SET}.csv', index=False)
