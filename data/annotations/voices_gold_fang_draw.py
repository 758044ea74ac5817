"""Draw the `fang1` and `fang2` held-out sets from FANG-COVID (voices_gold_fang_corpus.py),
after round 52 and before any rule output on the articles was read.

Population: the articles of the four outlets with 150-450 words (short enough to code whole),
the first of any exact duplicate text kept. Per outlet, ids sorted and shuffled with
random.Random("20261206-fang-<outlet>"); the first 6 of each outlet are `fang1`, the next 6
`fang2`. A set lists its 24 articles outlet by outlet in turn (Tagesspiegel, ZEIT ONLINE,
Süddeutsche Zeitung, RT DE, then the second of each, ...), in four parts of 6 (a-d). Both sets
are coded blind and measured once with the round-52 rules (its first held-out figure on news).
Every candidate that is not a Q/A interview is coded.

`fang3` and `fang4` were drawn after `fang1` and `fang2` had been measured, before round 53 was
made, and are held out for it: `fang3` takes the next 6 of each outlet's shuffled short articles
(150-450 words), `fang4` the first 6 of each outlet's longer ones (451-900 words, shuffled with
random.Random("20261206-fang-long-<outlet>")), where speakers are named further from their
statements. Listed and split into parts as above.

`fang5` (the next 6 short articles of each outlet) and `fang6` (the next 6 longer ones) were
drawn after round 53 was measured, before round 54, and are held out for it.

`fang7` (the next 6 short articles of each outlet) and `fang8` (the next 6 longer ones) were
drawn after round 54 was measured, before round 55, and are held out for it.

`fang9` (the next 6 short articles of each outlet) and `fang10` (the next 6 longer ones) were
drawn while `fang7` and `fang8` were being coded, after round 55 was committed and before any
rule output on `fang7` to `fang10` was read; they are held out for round 56.

`fang11` (the next 6 short articles of each outlet) and `fang12` (the next 6 longer ones) were
drawn after round 56 was measured, before any round 57; they measure the round-56 rules once
more and are held out for any later round.

`fang13` (the next 6 short articles of each outlet) and `fang14` (the next 6 longer ones) were
drawn after `fang11` and `fang12` had been measured, before any round 58; they measure the
round-57 rules and are held out for round 58.

`fang15` (the next 6 short articles of each outlet) and `fang16` (the next 6 longer ones) were
drawn after the readers had judged `fang5`–`fang14` and before round 59; they measure the
round-58 rules and are held out for round 59.

`fang17` (the next 6 short articles of each outlet) and `fang18` (the next 6 longer ones) were
drawn after round 59 had been judged by readers; they measure the round-59 rules, by the string
test and by readers, and no round is tuned on them in that session.

`fang19` (the next 6 short articles of each outlet) and `fang20` (the next 6 longer ones) were
drawn after `fang17` and `fang18` had been judged by readers, before any round 60; they measure
the round-59 rules and are held out for round 60.

`fang21` (the next 6 short articles of each outlet) and `fang22` (the next 6 longer ones) were
drawn after round 60 was committed and `fang19` and `fang20` measured, before any round 61;
they measure the round-60 rules and are held out for round 61.

`fang23` (the next 6 short articles of each outlet) and `fang24` (the next 6 longer ones) were
drawn after `fang21` and `fang22` had been judged by readers, before any round 62; they measure
the round-61 rules and are held out for round 62.

`fang25` (the next 6 short articles of each outlet) and `fang26` (the next 6 longer ones) were
drawn after round 62 was committed and `fang23` and `fang24` measured, before any round 63;
they measure the round-62 rules and are held out for round 63.

`fang27` (the next 6 short articles of each outlet) and `fang28` (the next 6 longer ones) were
drawn after the readers had judged `fang25` and `fang26`, before any round 64; they measure the
round-63 rules and are held out for round 64.

`fang29` (the next 6 short articles of each outlet) and `fang30` (the next 6 longer ones) were
drawn after the readers had judged `fang27` and `fang28`, before any round 65; they measure the
round-64 rules and are held out for round 65.

`fang31` (the next 6 short articles of each outlet) and `fang32` (the next 6 longer ones) were
drawn after round 65 was committed and `fang29` and `fang30` measured, before any round 66;
they measure the round-65 rules and are held out for round 66.

`fang33` (the next 6 short articles of each outlet) and `fang34` (the next 6 longer ones) were
drawn in a new session after round 66 had been judged by readers, before any round 67; they
measure the round-66 rules and are held out for round 67.

`fang35` (the next 6 short articles of each outlet) and `fang36` (the next 6 longer ones) were
drawn in a new session after round 67 had been judged by readers, before any round 68; they
measure the round-67 rules and are held out for round 68.

`fang37` (the next 6 short articles of each outlet) and `fang38` (the next 6 longer ones) were
drawn in the same session after round 68 was committed and `fang35` and `fang36` merged, before
any round 69; they are held out for round 69.

`fang39` (the next 6 short articles of each outlet) and `fang40` (the next 6 longer ones) were
drawn in a new session after round 69 had been judged by readers, before any round 70; they
measure the round-69 rules and are held out for round 70.

`fang41` (the next 6 short articles of each outlet) and `fang42` (the next 6 longer ones) were
drawn in the same session after round 70 was committed and `fang39` and `fang40` merged, before
any round 71; they measure the round-70 rules and are held out for round 71.

`fang43` (the next 6 short articles of each outlet) and `fang44` (the next 6 longer ones) were
drawn in the same session after round 71 had been judged by readers, before any round 72; they
measure the round-71 rules and are held out for round 72.

`fang45` and `fang47` (the next 6 and the 6 after them of each outlet's short articles) and
`fang46` and `fang48` (the same of the longer ones) were drawn in a later session, after round 72
and its review fixes were committed and before any round 73; they measure the round-72 rules
and are held out for round 73.

`fang49` and `fang51` (the next two times 6 short articles of each outlet) and `fang50` and
`fang52` (the same of the longer ones) were drawn in the same session after the twenty-eighth
reader study, before any round 74; they measure the round-73 rules and are held out for round
74.

`fang53` and `fang55` (the next two times 6 short articles of each outlet) and `fang54` and
`fang56` (the same of the longer ones) were drawn in the same session after the twenty-ninth
reader study, before any round 75; they measure the round-74 rules and are held out for round
75.

`fang57` and `fang59` (the next two times 6 short articles of each outlet) and `fang58` and
`fang60` (the same of the longer ones) were drawn in the same session after the thirtieth reader
study, before any round 76. No round 76 was made in that session, so they measure the round-75
rules (after their review) once, by the string test and by readers, and are in sample for any
later round.

`fang61` and `fang63` (the next two times 6 short articles of each outlet) and `fang62` and
`fang64` (the same of the longer ones) were drawn in the next session, before any round 76 and
before any rule output on them was read; they measure the round-75 rules and are held out for
round 76.

`fang65` and `fang67` (the next two times 6 short articles of each outlet) and `fang66` and
`fang68` (the same of the longer ones) were drawn in the same session after the thirty-second
reader study was started, before any round 77 and before any rule output on them was read. No
round 77 was made in that session, so they measure the round-76 rules (after their review) once,
by the string test and by readers, and are in sample for any later round.

`fang69` and `fang71` (the next two times 6 short articles of each outlet) and `fang70` and
`fang72` (the same of the longer ones) were drawn at the start of the twenty-seventh session,
before any round 78 and before any rule output on them was read; they measure the round-76 rules
(with their review fixes) and are held out for round 78.

`fang73` and `fang75` (the next two times 6 short articles of each outlet) and `fang74` and
`fang76` (the same of the longer ones) were drawn in the same session after the thirty-fourth
reader study, while round 78 was under code review and before any change after it and before
any rule output on them was read; they are held out for the rules the session ends with.

`fang77` and `fang79` (the next two times 6 short articles of each outlet) and `fang78` and
`fang80` (the same of the longer ones) were drawn in the same session after the thirty-fifth
reader study and round 79, before any round 80 and before any rule output on them was read;
they are held out for round 80.

`fang81` and `fang83` (the next two times 6 short articles of each outlet) and `fang82` and
`fang84` (the same of the longer ones) were drawn in the same session after the thirty-sixth
reader study, before any round 81 and before any rule output on them was read; they are held
out for round 81.

Run (from the repository root; then the same with fang2 to fang84):
python3 data/annotations/voices_gold_fang_draw.py ARTICLES_JSONL fang1 \
    > data/annotations/voices_gold_fang1_candidates.csv
"""

import json
import random
import sys

SECTION = "Nachrichten"
OUTLETS = ("tagesspiegel.de", "zeit.de", "sueddeutsche.de", "de.rt.com")
PER_OUTLET = 6
PARTS = "abcd"
SHORT, LONG = (150, 450, ""), (451, 900, "long-")  # words, and the seed's infix
# each set: its length band and where in each outlet's shuffled list it starts
SETS = {"fang1": (SHORT, 0), "fang2": (SHORT, 6), "fang3": (SHORT, 12), "fang4": (LONG, 0)}
SETS |= {"fang5": (SHORT, 18), "fang6": (LONG, 6), "fang7": (SHORT, 24), "fang8": (LONG, 12)}
SETS |= {"fang9": (SHORT, 30), "fang10": (LONG, 18)}
SETS |= {"fang11": (SHORT, 36), "fang12": (LONG, 24)}
SETS |= {"fang13": (SHORT, 42), "fang14": (LONG, 30)}
SETS |= {"fang15": (SHORT, 48), "fang16": (LONG, 36)}
SETS |= {"fang17": (SHORT, 54), "fang18": (LONG, 42)}
SETS |= {"fang19": (SHORT, 60), "fang20": (LONG, 48)}
SETS |= {"fang21": (SHORT, 66), "fang22": (LONG, 54)}
SETS |= {"fang23": (SHORT, 72), "fang24": (LONG, 60)}
SETS |= {"fang25": (SHORT, 78), "fang26": (LONG, 66)}
SETS |= {"fang27": (SHORT, 84), "fang28": (LONG, 72)}
SETS |= {"fang29": (SHORT, 90), "fang30": (LONG, 78)}
SETS |= {"fang31": (SHORT, 96), "fang32": (LONG, 84)}
SETS |= {"fang33": (SHORT, 102), "fang34": (LONG, 90)}
SETS |= {"fang35": (SHORT, 108), "fang36": (LONG, 96)}
SETS |= {"fang37": (SHORT, 114), "fang38": (LONG, 102)}
SETS |= {"fang39": (SHORT, 120), "fang40": (LONG, 108)}
SETS |= {"fang41": (SHORT, 126), "fang42": (LONG, 114)}
SETS |= {"fang43": (SHORT, 132), "fang44": (LONG, 120)}
SETS |= {"fang45": (SHORT, 138), "fang46": (LONG, 126)}
SETS |= {"fang47": (SHORT, 144), "fang48": (LONG, 132)}
SETS |= {"fang49": (SHORT, 150), "fang50": (LONG, 138)}
SETS |= {"fang51": (SHORT, 156), "fang52": (LONG, 144)}
SETS |= {"fang53": (SHORT, 162), "fang54": (LONG, 150)}
SETS |= {"fang55": (SHORT, 168), "fang56": (LONG, 156)}
SETS |= {"fang57": (SHORT, 174), "fang58": (LONG, 162)}
SETS |= {"fang59": (SHORT, 180), "fang60": (LONG, 168)}
SETS |= {"fang61": (SHORT, 186), "fang62": (LONG, 174)}
SETS |= {"fang63": (SHORT, 192), "fang64": (LONG, 180)}
SETS |= {"fang65": (SHORT, 198), "fang66": (LONG, 186)}
SETS |= {"fang67": (SHORT, 204), "fang68": (LONG, 192)}
SETS |= {"fang69": (SHORT, 210), "fang70": (LONG, 198)}
SETS |= {"fang71": (SHORT, 216), "fang72": (LONG, 204)}
SETS |= {"fang73": (SHORT, 222), "fang74": (LONG, 210)}
SETS |= {"fang75": (SHORT, 228), "fang76": (LONG, 216)}
SETS |= {"fang77": (SHORT, 234), "fang78": (LONG, 222)}
SETS |= {"fang79": (SHORT, 240), "fang80": (LONG, 228)}
SETS |= {"fang81": (SHORT, 246), "fang82": (LONG, 234)}
SETS |= {"fang83": (SHORT, 252), "fang84": (LONG, 240)}


def population(path: str, band: tuple[int, int, str]) -> dict[str, list[str]]:
    """Per outlet, the ids of the articles in the length band, exact duplicates dropped."""
    seen, ids = set(), {o: [] for o in OUTLETS}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            words = len(r["text"].split())
            if band[0] <= words <= band[1] and r["text"] not in seen:
                seen.add(r["text"])
                ids[r["outlet"]].append(r["id"])
    return ids


def candidates(path: str, name: str) -> list[tuple[str, str, int, str]]:
    """(article_id, section, rank, part) of every article of the set, in drawn order."""
    if name not in SETS:
        raise SystemExit(f"unknown set {name!r}: one of {', '.join(SETS)}")
    band, start = SETS[name]
    drawn = {}
    for outlet, ids in population(path, band).items():
        ids = sorted(ids)
        random.Random(f"20261206-fang-{band[2]}{outlet}").shuffle(ids)
        drawn[outlet] = ids[start : start + PER_OUTLET]
    order = [drawn[o][k] for k in range(PER_OUTLET) for o in OUTLETS]
    size = len(order) // len(PARTS)
    return [(a, SECTION, k + 1, PARTS[k // size]) for k, a in enumerate(order)]


if __name__ == "__main__":
    for row in candidates(sys.argv[1], sys.argv[2]):
        print(*row, sep=",")
