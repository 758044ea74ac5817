#!/usr/bin/env python3
"""The German Wikinews politics articles of the `wiki41` held-out set, as plain text (JSONL).

Source: strohne/cm (companion material of the textbook "Computational Methods für die Sozial- und
Geisteswissenschaften"), file 08_machine_learning/8_2_unueberwachtes_ML/korpus/artikel.csv at
commit 4134a7071211e08be7912a2c59c3bb3a57cb653a (deleted from the repository in a98c49a): the 400
articles of de.wikinews.org's politics portal list of 13.09.2021. German Wikinews texts are
licensed CC BY 2.5 (credit: Wikinews, https://de.wikinews.org). Written by a helper session on
2026-12-06 and kept as it ran; the corpus is not copied into this repository.

Run: python3 data/annotations/voices_gold_wiki41_corpus.py ARTIKEL_CSV EXTERNAL_DATA_DIR OUT_DIR
(EXTERNAL_DATA_DIR: the German news quotation corpus's data/ folder, whose 998 articles are left
out; OUT_DIR gets articles.jsonl, excluded_already_used.json and stats.json.)
"""
import csv, json, os, re, unicodedata, collections

SRC_REPO = "strohne/cm"
SRC_PATH = "08_machine_learning/8_2_unueberwachtes_ML/korpus/artikel.csv"
SRC_COMMIT = "4134a7071211e08be7912a2c59c3bb3a57cb653a"   # "Add chapter 8.2"; file deleted in a98c49a
LICENCE = ("CC BY 2.5 (Creative Commons Namensnennung 2.5) - licence of German Wikinews article texts; "
           "the strohne/cm repository has no licence file of its own and cites de.wikinews.org as source")
PREFIX = "https_de.wikinews.org_wiki_"
FULL_NAME_LEN = 100          # file names were cut at 100 characters
MONTHS = {m: i + 1 for i, m in enumerate(
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split())}
MONTHS.update({"Jan": 1, "Feb": 2, "Mär": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
               "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12})

import sys

CSV_PATH, EXTERNAL, HERE = (sys.argv[1:4] + [None] * 3)[:3]


def _decode_escapes(s, sep="_"):
    """Decode percent-escapes whose '%' became '_' (sep='_') or vanished (sep='')."""
    pat = (r"(?:_[C-F][0-9A-F](?:_[89AB][0-9A-F]){1,3})" if sep
           else r"(?:[C-F][0-9A-F](?:[89AB][0-9A-F]){1,3})")
    def repl(m):
        hx = m.group(0).replace("_", "")
        b = bytes(int(hx[i:i + 2], 16) for i in range(0, len(hx), 2))
        try:
            return "\x00" + b.decode("utf-8") + "\x00"
        except UnicodeDecodeError:
            return m.group(0)
    return re.sub(pat, repl, s)


def _finish(s):
    s = re.sub(r"_3F(?=_|$)", "\x00?\x00", s)
    s = re.sub(r"_22(?=[A-Za-zÄÖÜäöü])", "\x00\"\x00", s)
    s = re.sub(r"_27(?=[A-Za-z])", "\x00'\x00", s)
    s = re.sub(r"_26(?=_)", "\x00&\x00", s)
    if s.count("\x00'\x00") % 2 == 1:      # closing apostrophe before a space: '_27_'
        s = re.sub(r"_27(?=_)", "\x00'\x00", s, count=1)
    # '__' came from ':_' or ',_' (the punctuation became '_'): the last one is taken as ': ',
    # earlier ones as ', ' (German headlines rarely have two colons)
    parts = re.split(r"(?<=[^_\x00])__(?=[^_])", s)
    if len(parts) > 1:
        s = ", ".join(parts[:-1]) + ": " + parts[-1]
    s = s.replace("\x00", "").replace("_", " ")
    return re.sub(r"\s+", " ", s).strip()


def decode_slug(name):
    """Turn 'https_de.wikinews.org_wiki_N_C3_BCrnberg_...' back into a title (best effort).

    Returns (title, quality) with quality in {"ok", "truncated", "reconstructed"}.
    File names were cut at 100 characters; names containing a '.' in the title got the part
    after the last '.' appended again as a pseudo 'extension' (with '%' dropped, ':' dropped).
    """
    s = name[len(PREFIX):] if name.startswith(PREFIX) else name
    if re.match(r"[C-F][0-9A-F]_[89AB][0-9A-F]", s):   # escape right after 'wiki_' lost its '_'
        s = "_" + s
    norm = lambda x: re.sub(r"[^0-9A-Za-z]", "", x)
    if len(name) > FULL_NAME_LEN and "." in s:
        base, ext = s.rsplit(".", 1)
        if "." in base and norm(base.rsplit(".", 1)[1]) == norm(ext):
            return _finish(_decode_escapes(base)), "ok"          # base is complete
        if "." in base:
            head, btail = base.rsplit(".", 1)
            if norm(btail) and norm(ext).startswith(norm(btail)):   # base cut inside the last segment
                return _finish(_decode_escapes(head) + "." + _decode_escapes(ext, sep="")), "reconstructed"
        # base cut before the last '.': a piece of the title is lost, marked with ' … '
        return _finish(_decode_escapes(base)) + " … " + _finish(_decode_escapes(ext, sep="")), "reconstructed"
    truncated = len(name) >= FULL_NAME_LEN
    if truncated:   # drop an incomplete escape left by the cut (e.g. '..._k_C3_' or '_C3')
        s = re.sub(r"(_[0-9A-F]{2})*_[0-9A-F]{1,2}_?$|(_[0-9A-F]{2})+_?$",
                   lambda m: m.group(0) if re.fullmatch(r"(_[0-9A-F]{2})+", m.group(0)) and _valid_utf8(m.group(0)) else "", s)
    return _finish(_decode_escapes(s)), ("truncated" if truncated else "ok")


def _valid_utf8(seq):
    try:
        bytes(int(h, 16) for h in seq.strip("_").split("_")).decode("utf-8")
        return True
    except (UnicodeDecodeError, ValueError):
        return False


DATE_RE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|(\d{1,2})\.\s([A-ZÄÖÜ][a-zäöü]+)\.?\s(\d{4})")


def parse_date(m):
    if m.group(1):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        mo = MONTHS.get(m.group(5))
        if not mo:
            return None
        d, y = int(m.group(4)), int(m.group(6))
    return f"{y:04d}-{mo:02d}-{d:02d}"


def clean_text(t):
    t = t.replace("\r", "")
    t = re.sub(r"\s*Kommentar abgeben.*$", "", t, flags=re.S)          # talk-page links, portals, related
    t = re.sub(r"\s*Dieser Artikel ist\s+eine Übersetzung eines fremdsprachigen Artikels.*$", "", t, flags=re.S)
    t = re.sub(r"\s*(Portal:\S+(\s+\S+)?\s*)+$", "", t)                 # trailing portal links
    t = re.sub(r"\[\d+\]", "", t)                                         # footnote markers
    t = t.replace("\xa0", " ")
    t = re.sub(r"[ \t]+", " ", t)
    t = re.sub(r" *\n *", "\n", t)
    t = re.sub(r"\n{2,}", "\n", t)
    return t.strip()


def norm_title(t):
    t = unicodedata.normalize("NFC", t).casefold()
    return re.sub(r"[^0-9a-zäöüß]", "", t)


def used_titles():
    titles = []
    for split in ("train", "dev", "test"):
        for fn in os.listdir(f"{EXTERNAL}/{split}"):
            m = re.match(r"^(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)\.pretty\.json$", fn)
            if m:
                titles.append((m.group(1), m.group(2), m.group(3)))
    return titles


def main():
    rows = list(csv.DictReader(open(CSV_PATH, encoding="utf-8"), delimiter=";"))
    used = used_titles()
    used_norm = {norm_title(t): (pid, t, d) for pid, t, d in used}
    used_texts = []
    for split in ("train", "dev", "test"):
        for fn in os.listdir(f"{EXTERNAL}/{split}"):
            m = re.match(r"^(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)\.pretty\.json$", fn)
            if m:
                d = json.load(open(f"{EXTERNAL}/{split}/{fn}", encoding="utf-8"))
                used_texts.append((norm_title(d.get("originalText", "")), (m.group(1), m.group(2), m.group(3))))
    stats = collections.Counter()
    out, excluded = [], []
    for r in rows:
        stats["rows"] += 1
        title, quality = decode_slug(r["dateiname"])
        place = r["ort"].strip()
        text = r["text"]
        date = None
        if r["datum"] != "NA":
            m = DATE_RE.fullmatch(r["datum"].strip())
            date = parse_date(m) if m else None
        else:
            # dateline was not split off: find it in ort+text
            full = r["ort"] + " " + r["text"]
            m = DATE_RE.search(full[:400])
            if m:
                date = parse_date(m)
                place = full[:m.start()].strip().rstrip(",").strip()
                text = re.sub(r"^\s*[–-]?\s*", "", full[m.end():])
            stats["date_from_dateline"] += 1 if date else 0
        place = place.splitlines()[-1].strip() if place else place
        place = re.sub(r"^(Wappen von \S+\s+)+", "", place).replace("\xa0", " ")
        is_translation = "Übersetzung eines fremdsprachigen Artikels" in r["text"]
        text = clean_text(text)
        nwords = len(text.split())
        nt = norm_title(title.split(" … ")[0])
        hit, how = None, None
        if quality == "ok" and nt in used_norm:
            hit, how = used_norm[nt], "title"
        elif quality != "ok":
            for k, v in used_norm.items():
                if k.startswith(nt) and len(nt) >= 20:
                    hit, how = v, "title prefix"
                    break
        if not hit:   # safety net: same body text under another title
            nb = norm_title(text)
            snippet = nb[len(nb) // 3: len(nb) // 3 + 120]
            if len(snippet) >= 60:
                for ut, v in used_texts:
                    if snippet in ut:
                        hit, how = v, "text overlap"
                        break
        if hit:
            stats["excluded_by_" + how.replace(" ", "_")] += 1
            excluded.append({"source_record_id": r["id"], "title": title, "matched_by": how,
                             "matched_used": f"{hit[0]} - {hit[1]} ({hit[2]})"})
            stats["excluded_already_used"] += 1
            continue
        if nwords < 80:
            stats["dropped_under_80_words"] += 1
            continue
        out.append({
            "source_repo": SRC_REPO,
            "source_path": SRC_PATH,
            "commit": SRC_COMMIT,
            "page_id": None,
            "title": title,
            "date": date,
            "text": text,
            "licence": LICENCE,
            "title_quality": quality,
            "place": place or None,
            "is_translation": is_translation,
            "source_record_id": r["id"],
            "source_file_name": r["dateiname"],
        })
    out.sort(key=lambda o: (o["title"].casefold(), o["title"]))
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "excluded_already_used.json"), "w", encoding="utf-8") as f:
        json.dump(excluded, f, ensure_ascii=False, indent=1)
    stats["written"] = len(out)
    for q in ("ok", "truncated", "reconstructed"):
        stats["written_title_" + q] = sum(o["title_quality"] == q for o in out)
    stats["written_no_date"] = sum(o["date"] is None for o in out)
    stats["written_with_quotes"] = sum(bool(re.search(r"[„“\"»«]", o["text"])) for o in out)
    stats["written_translations"] = sum(o["is_translation"] for o in out)
    stats["words_total"] = sum(len(o["text"].split()) for o in out)
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
