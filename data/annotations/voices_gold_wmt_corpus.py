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

- WMT23 (added for the round-50 held-out set ``wmt23``): the news domain of generaltest2023
  German-English (German-original, 2023), wmt-conference/wmt23-news-systems,
  txt-ts/sources/generaltest2023.de-en.src.de at commit
  99b5b9de2a535c2c5542fd4ec404682903299894, lines 1-277 (line 278 starts the social-media
  domain), one paragraph a line. The file has no document ids (its XML is not in the
  repository), so the documents' first lines are listed here (``WMT23_STARTS``, read off the
  headlines); a document is its headline and the paragraphs up to the next start. Ids
  ``mt23_NN``.
- newstest2021 German-English (added for the round-50 held-out set ``wmt21en``):
  wmt-conference/wmt21-news-systems, txt/sources/newstest2021.de-en.src.de at commit
  f41750dadbf2ba6ab01ca5380347d253298a3427, one sentence a line, no document ids: a document
  starts at every headline-like line (no final punctuation) except the sub-headings listed in
  ``NT21_SUBHEADS``; its sentences are joined into paragraphs, a sub-heading being a paragraph
  of its own. Documents that share three or more sentences with the WMT21 German-French set
  (the same article in both test sets) are left out. Ids ``mt21en_NN``.

Run: python3 data/annotations/voices_gold_wmt_corpus.py WMT21_XML WMT22_XML [WMT20_DEU WMT20_DETAILS [WMT23_SRC NT21_DEEN_SRC]] > articles.jsonl
(for example after ``git show HEAD:xml/newstest2021.de-fr.all.xml > WMT21_XML`` in a clone;
without the later files, only the earlier sets' articles are written).
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
    publisher = doc.get("id").rsplit(".", 1)[0]
    return article(article_id, doc.get("id"), publisher, (repo, path, commit), title, body)


def article(article_id: str, wmt_id: str, publisher: str, source: tuple, title: str,
            paragraphs: list[str]) -> dict:
    """One JSONL record: where it comes from (repository, path, commit), headline and text."""
    repo, path, commit = source
    return {"id": article_id, "wmt_id": wmt_id, "publisher": publisher, "source_repo": repo,
            "source_path": path, "commit": commit, "title": title,
            "text": "\n\n".join(paragraphs)}


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
    return [
        article(f"mt20_{k:03d}", doc_id, doc_id.rsplit(".", 1)[0], WMT20[0], docs[doc_id][0],
                docs[doc_id][1:])
        for k, doc_id in enumerate(sorted(docs), 1)
    ]


WMT23 = (
    "wmt-conference/wmt23-news-systems",
    "txt-ts/sources/generaltest2023.de-en.src.de",
    "99b5b9de2a535c2c5542fd4ec404682903299894",
)
WMT23_STARTS = (
    1, 3, 11, 22, 26, 34, 56, 61, 67, 74, 77, 79, 81, 88, 93, 100, 111, 119, 125, 135, 148, 150,
    159, 164, 171, 173, 174, 176, 185, 193, 196, 198, 205, 210, 220, 224, 226, 230, 234, 236, 239,
    242, 250, 256, 258, 265, 268, 271, 274,
)  # fmt: skip
WMT23_END = 277  # the last line of the news domain
WMT23_NO_HEADLINE = (81, 88)  # documents that open with a paragraph of text


def wmt23_records(path: str) -> list[dict]:
    """The news documents of generaltest2023 German-English (one paragraph a line); a
    document of a headline alone is left out."""
    lines = open(path, encoding="utf-8").read().split("\n")[:WMT23_END]
    bounds = zip(WMT23_STARTS, (*WMT23_STARTS[1:], WMT23_END + 1), strict=True)
    docs = [(start, [ln.strip() for ln in lines[start - 1 : end - 1]]) for start, end in bounds]
    records = []
    for start, paragraphs in docs:
        title, body = ("", paragraphs) if start in WMT23_NO_HEADLINE else (paragraphs[0], paragraphs[1:])
        if body:
            records.append((start, title, body))
    return [
        article(f"mt23_{k:02d}", f"generaltest2023.de-en:line{start}", "", WMT23, title, body)
        for k, (start, title, body) in enumerate(records, 1)
    ]


NT21 = (
    "wmt-conference/wmt21-news-systems",
    "txt/sources/newstest2021.de-en.src.de",
    "f41750dadbf2ba6ab01ca5380347d253298a3427",
)
NT21_SUBHEADS = (
    3, 6, 10, 144, 153, 245, 250, 400, 446, 558, 564, 571, 620, 629, 657, 775, 831, 846, 856, 861,
    871, 914, 925, 932,
)  # fmt: skip
SHARED_WITH_WMT21 = 3  # sentences in common that make a document the WMT21 one


def _headline_like(line: str) -> bool:
    """No final punctuation; a closing quotation mark counts only after a final stop
    ('Kalbitz-Rauswurf … spricht von "Feigenblatt"' is a headline)."""
    line = line.rstrip()
    if line.endswith('"'):
        return not line[:-1].endswith((".", "!", "?", ","))
    return bool(line) and not line.endswith((".", "!", "?", ":", ")"))


def _nt21_documents(lines: list[str]) -> list[list[list[str]]]:
    """Documents as paragraphs of sentences: a headline-like line that is not a sub-heading
    starts a document, a sub-heading a paragraph of its own."""
    docs: list[list[list[str]]] = []
    for number, line in enumerate(lines, 1):
        if _headline_like(line) and number not in NT21_SUBHEADS:
            docs.append([[line], []])
        elif number in NT21_SUBHEADS:
            docs[-1] += [[line], []]
        else:
            docs[-1][-1].append(line)
    return [[p for p in doc if p] for doc in docs]


def nt21_records(path: str, wmt21_xml: str) -> list[dict]:
    """newstest2021 German-English as articles, without the documents of the WMT21
    German-French set."""
    lines = [ln.strip() for ln in open(path, encoding="utf-8").read().split("\n")[:-1]]
    defr = {s.text.strip() for d in documents(wmt21_xml) for s in d.find("src").iter("seg")}
    kept = [
        doc for doc in _nt21_documents(lines)
        if sum(s in defr for p in doc for s in p) < SHARED_WITH_WMT21
    ]
    return [
        article(f"mt21en_{k:02d}", f"newstest2021.de-en:{doc[0][0][:40]}", "", NT21, doc[0][0],
                [" ".join(p) for p in doc[1:]])
        for k, doc in enumerate(kept, 1)
    ]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 4, 6):
        print(__doc__.rsplit("Run:", 1)[1].strip(), file=sys.stderr)
        return 2
    for (prefix, repo, path, commit), xml in zip(SOURCES, argv[:2], strict=True):
        for k, doc in enumerate(documents(xml), 1):
            rec = record(doc, f"{prefix}_{k:02d}", repo, path, commit)
            print(json.dumps(rec, ensure_ascii=False))
    for rec in wmt20_records(*argv[2:4]) if len(argv) >= 4 else []:
        print(json.dumps(rec, ensure_ascii=False))
    later = [*wmt23_records(argv[4]), *nt21_records(argv[5], argv[0])] if len(argv) == 6 else []
    for rec in later:
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
