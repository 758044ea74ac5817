#!/usr/bin/env python3
"""The German-original news articles of the WMT21 and WMT22 test sets, as plain text (JSONL).

Held-out text of a third kind for the attribution benchmark: newspaper articles (Handelsblatt,
Süddeutsche Zeitung, FAZ, Kurier, Salzburger Nachrichten, NZZ, regional papers; 2020-2021),
written by journalists, quotation marks kept (as straight double quotes). Source: the German side
of the German-French test sets of the WMT news translation task, as published with the systems'
submissions:

- WMT21: wmt-conference/wmt21-news-systems, xml/newstest2021.de-fr.all.xml at commit
  f41750dadbf2ba6ab01ca5380347d253298a3427: 61 documents, all ``origlang="de"``;
- WMT22: wmt-conference/wmt22-news-systems, xml/wmttest2022.de-fr.all.xml at commit
  20240a2e96a50e823ea8cdf37fd8af52547146e3: the 44 ``origlang="de"`` documents of
  ``domain="news"`` (the other domains, conversation, social and e-commerce, are left out).

- WMT20 (added for the round-49 held-out set ``wmt20``): the 118 documents of newstest2020
  German-English, whose German side is German-original (WMT's source-original test sets since
  2019): the text from Helsinki-NLP/OPUS-MT-testsets, testsets/deu-eng/newstest2020.deu at
  commit ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180 (one paragraph a line), the document ids from
  WMT-Metrics-task/wmt20-metrics, input/details/de-en.txt at commit
  3e434fc32fd02999c885575df6167c31f60ee996 (line, test set, pair, document id, paragraph number).

Licence: the WMT test sets are released for research use (statmt.org: "freely used for research
purposes", citing the task's findings paper); the articles' copyright stays with their publishers.
The texts are therefore not copied into this repository: this script rebuilds them from the
public files. Each document's first segment is its headline (the ``title``); the rest, segments
joined by a space and paragraphs by a blank line, is the ``text``. Ids: ``mt21_NN``,
``mt22_NN`` and ``mt20_NNN``, numbered in the order of the documents' WMT ids.

Run: python3 data/annotations/voices_gold_wmt_corpus.py WMT21_XML WMT22_XML [WMT20_DEU WMT20_DETAILS] > articles.jsonl
(for example after ``git show HEAD:xml/newstest2021.de-fr.all.xml > WMT21_XML`` in a clone;
without the two WMT20 files, only the WMT21 and WMT22 articles are written).
"""

import json
import sys
import xml.etree.ElementTree as ET

SOURCES = (
    (
        "mt21",
        "wmt-conference/wmt21-news-systems",
        "xml/newstest2021.de-fr.all.xml",
        "f41750dadbf2ba6ab01ca5380347d253298a3427",
    ),
    (
        "mt22",
        "wmt-conference/wmt22-news-systems",
        "xml/wmttest2022.de-fr.all.xml",
        "20240a2e96a50e823ea8cdf37fd8af52547146e3",
    ),
)


def documents(path: str) -> list[ET.Element]:
    """German-original news documents of one WMT XML file, sorted by their WMT id."""
    docs = ET.parse(path).getroot().iter("doc")
    keep = [d for d in docs if d.get("origlang") == "de" and d.get("domain") in (None, "news")]
    return sorted(keep, key=lambda d: d.get("id"))


def record(doc: ET.Element, article_id: str, repo: str, path: str, commit: str) -> dict:
    """One article: headline as title, the other segments as paragraphs of text."""
    paragraphs = [[s.text.strip() for s in p.iter("seg")] for p in doc.find("src").iter("p")]
    title, *first = paragraphs[0]
    body = [" ".join(p) for p in ([first] if first else []) + paragraphs[1:]]
    return {
        "id": article_id,
        "wmt_id": doc.get("id"),
        "publisher": doc.get("id").rsplit(".", 1)[0],
        "source_repo": repo,
        "source_path": path,
        "commit": commit,
        "title": title,
        "text": "\n\n".join(body),
    }


WMT20 = (
    ("Helsinki-NLP/OPUS-MT-testsets", "testsets/deu-eng/newstest2020.deu",
     "ac0f19c0be3cb4e0d9450fcb2d7a9847c4bdd180"),
    ("WMT-Metrics-task/wmt20-metrics", "input/details/de-en.txt",
     "3e434fc32fd02999c885575df6167c31f60ee996"),
)


def wmt20_records(text_path: str, details_path: str) -> list[dict]:
    """newstest2020 de-en as articles: paragraphs grouped by document id (in the file's order,
    checked to run 1, 2, 3 … in each document), the first one the headline."""
    lines = open(text_path, encoding="utf-8").read().split("\n")[:-1]
    details = [ln.split("\t") for ln in open(details_path, encoding="utf-8") if ln.strip()]
    if len(lines) != len(details):
        raise SystemExit(f"{text_path}: {len(lines)} lines, {details_path}: {len(details)}")
    docs: dict[str, list[str]] = {}
    for (_, testset, pair, doc_id, number), line in zip(details, lines, strict=True):
        paragraphs = docs.setdefault(doc_id, [])
        if (testset, pair, int(number)) != ("newstest2020", "de-en", len(paragraphs) + 1):
            raise SystemExit(f"{details_path}: {doc_id} paragraph {number} out of order")
        paragraphs.append(line.strip())
    (repo, path, commit), _ = WMT20
    return [
        {"id": f"mt20_{k:03d}", "wmt_id": doc_id, "publisher": doc_id.rsplit(".", 1)[0],
         "source_repo": repo, "source_path": path, "commit": commit,
         "title": docs[doc_id][0], "text": "\n\n".join(docs[doc_id][1:])}
        for k, doc_id in enumerate(sorted(docs), 1)
    ]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 4):
        print(__doc__.rsplit("Run:", 1)[1].strip(), file=sys.stderr)
        return 2
    for (prefix, repo, path, commit), xml in zip(SOURCES, argv[:2], strict=True):
        for k, doc in enumerate(documents(xml), 1):
            rec = record(doc, f"{prefix}_{k:02d}", repo, path, commit)
            print(json.dumps(rec, ensure_ascii=False))
    for rec in wmt20_records(*argv[2:]) if len(argv) == 4 else []:
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
