#!/usr/bin/env python3
"""Write a synthetic Ofsted ILACS inspection-results CSV for benchmarking.

The layout is that of data/ilacs-judgements.csv (same header, dd/mm/yyyy dates, lower-case
grades). Rows are spread over the real register of local authorities:

    row i: authority = live[i % n], inspection start = 2008-01-01 + (i // n) days

so every (authority, start date) pair is unique. Dates start on 2018-02-01, after ILACS began (the
pipeline rejects an ILACS inspection before 2018). End date = start + 11 days, publication =
start + 49 days. Every 100th row (i % 100 == 99) is malformed, cycling through: overall grade
'Excellent', unreadable dates '31/02/2019x' (in all three date columns), an unknown authority
(La Code 999, E06999999, Atlantis) and an end date before the start date. Output is deterministic
for a given --seed and register, and rows are streamed (constant memory).

Shapes (--shape), each with the same number of rows as the unique file:
    unique         as above
    duplicates     every 10th row (i % 10 == 4) repeats row i - 1 exactly: in-file duplicates,
                   rejected in pairs (20% of rows, plus the 1% malformed)
    rejected       every odd row is malformed (50% of rows), cycling through the four faults
    one-authority  90% of rows (all but i % 10 == 0) belong to the first live authority, one a day
                   from 2018-02-01, so they stay distinct: at 100,000 rows their dates run to 2264,
                   which the pipeline accepts only with a wider plausible range
                   (--ratings.inspection-dates.years-ahead=250, as bench/run.sh passes)
    wide           every judgement area of the contract filled (the three SIF ones too, under the
                   contract's header names), an inspection type and a 400-character link
--files N (N > 1) writes N files, part-1.csv .. part-N.csv, into the folder --out: the unique
rows are split by authority (authority index mod N), and every 5th row of files 1 .. N-1
(i % 5 == 0) is also written to the next file, a copy of the same inspection (20% overlap).

Standard library only:
    generate_inspections.py --rows 1000000 --out work/inspections-1000000.csv --seed 42 \
        --register ../src/main/resources/.../local-authorities.csv
"""
import argparse
import csv
import datetime as dt
import os
import random
import sys

HEADER = [
    "URN", "La Code", "LTLA23CD", "Local Authority", "Inspection Framework",
    "Inspection Start Date", "Inspection End Date", "Publication Date",
    "Overall Effectiveness Grade", "Impact Of Leaders Grade", "Help And Protection Grade",
    "In Care Grade", "Care Leavers Grade", "Inspection Link",
]
GRADES = ["outstanding", "good", "requires improvement", "inadequate"]
# Roughly the mix of the real ILACS judgements (17% / 45% / 29% / 9%).
GRADE_WEIGHTS = [17, 45, 29, 9]
FRAMEWORKS = ["standard", "short"]
START = dt.date(2018, 2, 1)
CARE_LEAVERS_FROM = dt.date(2023, 1, 1)
NOT_YET = "inspection_pre_dates_judgement"
BAD_KINDS = ("grade", "date", "authority", "order")
SHAPES = ("unique", "duplicates", "rejected", "one-authority", "wide")
WIDE_HEADER = HEADER[:5] + ["Inspection type"] + HEADER[5:13] + [
    "Children looked after and achieving permanence", "Adoption performance",
    "Leadership, management and governance", "Inspection Link"]
LONG_LINK = "ofsted.gov.uk/reports/children-services/" + "x" * 340 + "/"


def live_authorities(register_path):
    """Live single authorities with a three-digit old code, in register order."""
    out = []
    with open(register_path, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            old, new = r["old_la_code"].strip(), r["new_la_code"].strip()
            if r["status"].strip().lower() != "live":
                continue
            if " / " in old or " / " in new or old in ("x", "z") or new in ("x", "z"):
                continue
            if len(old) != 3 or not old.isdigit():
                continue
            out.append((old, new, r["la_name"].strip()))
    if not out:
        sys.exit(f"no live authorities found in {register_path}")
    return out


def csv_field(value):
    if any(c in value for c in ',"\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def day_dates(d):
    """Start, end and publication strings of day d, and whether care leavers are graded then."""
    s = START + dt.timedelta(days=d)
    return (s.strftime("%d/%m/%Y"), (s + dt.timedelta(days=11)).strftime("%d/%m/%Y"),
            (s + dt.timedelta(days=49)).strftime("%d/%m/%Y"), s >= CARE_LEAVERS_FROM,
            (s - dt.timedelta(days=1)).strftime("%d/%m/%Y"))


def rows(a, las):
    """The data lines of the shape, in order: (authority index, line)."""
    n = len(las)
    # Per-authority prefix "URN,La Code,LTLA23CD,Local Authority" (URN is synthetic).
    prefixes = [f"{80000 + k},{old},{new},{csv_field(name)}" for k, (old, new, name) in enumerate(las)]
    unknown_prefix = "89999,999,E06999999,Atlantis"
    # 100-slot lookup table: one random() call per grade, cheaper than random.choices.
    table = [g for g, w in zip(GRADES, GRADE_WEIGHTS) for _ in range(w)]
    rand = random.Random(a.seed).random
    tlen = len(table)
    cache = {}  # date strings per day, computed once per day
    previous = None
    for i in range(a.rows):
        if a.shape == "duplicates" and i % 10 == 4 and previous is not None:
            yield previous
            continue
        k, d = i % n, i // n
        if a.shape == "one-authority":
            k, d = (0, i - i // 10 - 1) if i % 10 else ((i // 10) % n, i // 10 // n)
        dates = cache.get(d)
        if dates is None:
            dates = cache[d] = day_dates(d)
            if len(cache) > 4096:
                cache.clear()
        start, end, pub, has_cl, before = dates
        g = [table[int(rand() * tlen)] for _ in range(4)]
        g.append(table[int(rand() * tlen)] if has_cl or a.shape == "wide" else NOT_YET)
        fw = FRAMEWORKS[rand() < 0.45]
        prefix = prefixes[k]
        bad = i % 2 == 1 if a.shape == "rejected" else i % 100 == 99
        if bad:
            kind = BAD_KINDS[(i // 100 if a.shape != "rejected" else i // 2) % 4]
            if kind == "grade":
                g[0] = "Excellent"
            elif kind == "date":
                start = end = pub = "31/02/2019x"
            elif kind == "authority":
                prefix = unknown_prefix
            else:
                end = before
        if a.shape == "wide":
            sif = [table[int(rand() * tlen)] for _ in range(3)]
            line = (f"{prefix},ILACS,{fw},{start},{end},{pub},{','.join(g)},{','.join(sif)},"
                    f"{LONG_LINK}{60000000 + i}\n")
        else:
            line = f"{prefix},{fw},{start},{end},{pub},{','.join(g)},ofsted.gov.uk/{60000000 + i}\n"
        previous = (k, line)
        yield previous


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--register", required=True, help="path to local-authorities.csv")
    p.add_argument("--shape", choices=SHAPES, default="unique")
    p.add_argument("--files", type=int, default=1, help="split into this many files in the folder --out")
    a = p.parse_args()
    if a.rows < 0:
        sys.exit("--rows must be >= 0")
    if a.files < 1:
        sys.exit("--files must be >= 1")
    las = live_authorities(a.register)
    header = ",".join(csv_field(h) for h in (WIDE_HEADER if a.shape == "wide" else HEADER)) + "\n"
    if a.files == 1:
        with open(a.out, "w", newline="", encoding="utf-8") as f:
            f.write(header)
            for _, line in rows(a, las):
                f.write(line)
        return
    os.makedirs(a.out, exist_ok=True)
    outs = [open(os.path.join(a.out, f"part-{m + 1}.csv"), "w", newline="", encoding="utf-8")
            for m in range(a.files)]
    try:
        for f in outs:
            f.write(header)
        for i, (k, line) in enumerate(rows(a, las)):
            m = k % a.files
            outs[m].write(line)
            if m + 1 < a.files and i % 5 == 0:
                outs[m + 1].write(line)
    finally:
        for f in outs:
            f.close()


if __name__ == "__main__":
    main()
