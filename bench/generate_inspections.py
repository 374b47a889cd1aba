#!/usr/bin/env python3
"""Write a synthetic Ofsted ILACS inspection-results CSV for benchmarking.

The layout is that of data/ilacs-judgements.csv (same header, dd/mm/yyyy dates, lower-case
grades). Rows are spread over the real register of local authorities:

    row i: authority = live[i % n], inspection start = 2008-01-01 + (i // n) days

so every (authority, start date) pair is unique. End date = start + 11 days, publication =
start + 49 days. Every 100th row (i % 100 == 99) is malformed, cycling through: overall grade
'Excellent', unreadable dates '31/02/2019x' (in all three date columns), an unknown authority
(La Code 999, E06999999, Atlantis) and an empty overall grade. Output is deterministic for a
given --seed and register, and rows are streamed (constant memory).

Standard library only:
    generate_inspections.py --rows 1000000 --out work/inspections-1000000.csv --seed 42 \
        --register ../src/main/resources/.../local-authorities.csv
"""
import argparse
import csv
import datetime as dt
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
START = dt.date(2008, 1, 1)
CARE_LEAVERS_FROM = dt.date(2023, 1, 1)
NOT_YET = "inspection_pre_dates_judgement"
BAD_KINDS = ("grade", "date", "authority", "empty")


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


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--register", required=True, help="path to local-authorities.csv")
    a = p.parse_args()
    if a.rows < 0:
        sys.exit("--rows must be >= 0")

    las = live_authorities(a.register)
    n = len(las)
    # Per-authority prefix "URN,La Code,LTLA23CD,Local Authority" (URN is synthetic).
    prefixes = [f"{80000 + k},{old},{new},{csv_field(name)}" for k, (old, new, name) in enumerate(las)]
    unknown_prefix = "89999,999,E06999999,Atlantis"

    # 100-slot lookup table: one random() call per grade, cheaper than random.choices.
    table = [g for g, w in zip(GRADES, GRADE_WEIGHTS) for _ in range(w)]
    rng = random.Random(a.seed)
    rand = rng.random
    tlen = len(table)

    last_day, dates = -1, None  # date strings of the current day, computed once per day

    with open(a.out, "w", newline="", encoding="utf-8") as f:
        write = f.write
        write(",".join(HEADER) + "\n")
        for i in range(a.rows):
            d = i // n
            if d != last_day:
                s = START + dt.timedelta(days=d)
                dates = (s.strftime("%d/%m/%Y"),
                         (s + dt.timedelta(days=11)).strftime("%d/%m/%Y"),
                         (s + dt.timedelta(days=49)).strftime("%d/%m/%Y"),
                         s >= CARE_LEAVERS_FROM)
                last_day = d
            start, end, pub, has_cl = dates
            g1 = table[int(rand() * tlen)]
            g2 = table[int(rand() * tlen)]
            g3 = table[int(rand() * tlen)]
            g4 = table[int(rand() * tlen)]
            g5 = table[int(rand() * tlen)] if has_cl else NOT_YET
            fw = FRAMEWORKS[rand() < 0.45]
            prefix = prefixes[i % n]
            if i % 100 == 99:
                kind = BAD_KINDS[(i // 100) % 4]
                if kind == "grade":
                    g1 = "Excellent"
                elif kind == "date":
                    start = end = pub = "31/02/2019x"
                elif kind == "authority":
                    prefix = unknown_prefix
                else:
                    g1 = ""
            write(f"{prefix},{fw},{start},{end},{pub},{g1},{g2},{g3},{g4},{g5},"
                  f"ofsted.gov.uk/{60000000 + i}\n")


if __name__ == "__main__":
    main()
