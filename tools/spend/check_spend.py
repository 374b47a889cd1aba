#!/usr/bin/env python3
"""Sanity check for spend files in the ratings-pipeline contract (no test fixtures).

Reads one or more CSV files with columns
  old_la_code,new_la_code,la_name,financial_year,budget_gbp,outturn_gbp
checks that every (old_la_code, new_la_code) pair is a single authority of the DfE
register that existed for the whole financial year, that there is one row per
authority and year, and that money is whole pounds; then prints per-year row counts
and national budget / outturn / overspend totals in GBP million.

Usage: python3 check_spend.py [--register PATH] [FILE ...]   (default: ../../input/spend*.csv)
Exit code 1 if any check fails.
"""
import argparse
import csv
import datetime as dt
import glob
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))
HEADER = ["old_la_code", "new_la_code", "la_name", "financial_year", "budget_gbp", "outturn_gbp"]


def default_register():
    local = os.path.join(MAIN, "src", "main", "resources", "authority", "local-authorities.csv")
    return local if os.path.exists(local) else "/work/shared/data/local-authorities.csv"


def d(s):
    s = (s or "").strip()
    return dt.datetime.strptime(s, "%d/%m/%Y").date() if s else None


def check(path, register):
    errors = []
    per_year = defaultdict(lambda: [0, 0, 0, 0, 0])  # rows, budget, outturn, n_over, n_under
    seen = set()
    with open(path, newline="", encoding="utf-8-sig") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != HEADER:
            errors.append(f"header {header} != {HEADER}")
        for line, row in enumerate(rd, start=2):
            rec = dict(zip(HEADER, row))
            fy = rec["financial_year"]
            key = (rec["old_la_code"], rec["new_la_code"])
            reg = register.get(key)
            if reg is None:
                errors.append(f"line {line}: {key} not a single authority in the register")
            else:
                start, end = dt.date(int(fy[:4]), 4, 1), dt.date(int(fy[:4]) + 1, 3, 31)
                if (reg["from"] and reg["from"] > start) or (reg["to"] and reg["to"] < end):
                    errors.append(f"line {line}: {key} {reg['name']} not valid throughout {fy}")
                if reg["name"] != rec["la_name"]:
                    errors.append(f"line {line}: name {rec['la_name']!r} != register {reg['name']!r}")
            if (rec["new_la_code"], fy) in seen:
                errors.append(f"line {line}: duplicate {rec['new_la_code']} {fy}")
            seen.add((rec["new_la_code"], fy))
            try:
                b, o = int(rec["budget_gbp"]), int(rec["outturn_gbp"])
            except ValueError:
                errors.append(f"line {line}: money not whole pounds: {row}")
                continue
            t = per_year[fy]
            t[0] += 1; t[1] += b; t[2] += o
            t[3] += o > b; t[4] += o < b
    print(f"{path}")
    print(f"  {'year':8} {'rows':>5} {'budget £m':>11} {'outturn £m':>11} {'overspend £m':>13} {'%':>6} {'over':>5} {'under':>6}")
    tot = [0, 0, 0]
    for fy in sorted(per_year):
        n, b, o, no, nu = per_year[fy]
        tot[0] += n; tot[1] += b; tot[2] += o
        print(f"  {fy:8} {n:5d} {b/1e6:11,.1f} {o/1e6:11,.1f} {(o-b)/1e6:13,.1f} {(o-b)/b*100:6.1f} {no:5d} {nu:6d}")
    n, b, o = tot
    if n:
        print(f"  {'all':8} {n:5d} {b/1e6:11,.1f} {o/1e6:11,.1f} {(o-b)/1e6:13,.1f} {(o-b)/b*100:6.1f}")
    for e in errors:
        print("  ERROR", e)
    print("  OK" if not errors else f"  {len(errors)} error(s)")
    return not errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--register", default=default_register())
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    register = {}
    with open(a.register, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            old, new = r["old_la_code"].strip(), r["new_la_code"].strip()
            if old.isdigit() and new.startswith("E") and "/" not in new:
                register[(old, new)] = {"name": r["la_name"].strip(),
                                        "from": d(r["date_of_operation"]),
                                        "to": d(r["date_of_termination"])}
    files = a.files or sorted(glob.glob(os.path.join(MAIN, "input", "spend*.csv")))
    ok = all([check(p, register) for p in files]) if files else False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
