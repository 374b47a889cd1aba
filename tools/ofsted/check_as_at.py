#!/usr/bin/env python3
"""Check the converted Ofsted history against Ofsted's own "as at 31 March" tables.

Ofsted's rule (cover sheet of "Local authority inspection outcomes as at 31 March"):
an authority's judgement as at 31 March Y is that of its latest inspection carried out
(inspection date = start of fieldwork) on or before 31 March Y whose report was
published on or before 30 June Y.

This script applies the rule to the converted ILACS history (02-ofsted-ilacs-history-*.csv)
plus the SIF judgements (01-ofsted-sif-judgements-*.csv; Ofsted gives no SIF fieldwork
dates, so the publication date stands in for the inspection date), for every authority of
the DfE register that existed on 31 March Y, and compares the result authority by
authority with the release's own sheet:
  LA_Inspection_Outcomes_as_at_31_March_2025.ods, sheet Inspections_as_at_31_March
      (ONS code, name, inspection date, publication date, five judgements);
  LA_Inspection_Outcomes_as_at_March_2024.ods, sheet Inspections_31_March_2024
      (name, inspection date, five judgements: no codes and no publication date;
       "Not yet inspected" for Cumberland and Westmorland and Furness).
Authorities are matched by ONS code where the sheet has one, otherwise by name through
the register, and grouped by DfE three-digit code (so North Yorkshire's and Somerset's
inspections under their old E10 county codes belong to the same authority, as Ofsted
counts them; the new Dorset, BCP, North and West Northamptonshire, Cumberland and
Westmorland and Furness have new DfE codes and start with no judgement).

It prints the national counts per overall effectiveness grade for each date, every
mismatch, and the cases where the rule's two cut-offs matter. Exit code 1 on any
mismatch that is not one of Ofsted's own documented revisions (KNOWN_REVISIONS).

Python 3 standard library only. Usage:
  python3 check_as_at.py [--release-dir DIR] [--in-dir DIR] [--register PATH]
                         [--as-at FILE SHEET YEAR]...
"""
import argparse
import csv
import datetime as dt
import glob
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the project tree
sys.path.insert(0, HERE)
import odsread  # noqa: E402
from convert_ofsted_release import (  # noqa: E402
    DEFAULT_RELEASE_DIR, MAIN, default_register, load_register, norm, squash, valid_at)

GRADE_ORDER = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]
JUDGEMENTS = ["overall_effectiveness", "impact_of_leaders", "help_and_protection",
              "children_in_care", "care_leavers"]

# (file, sheet, as-at year, expected national counts stated by the release, if any)
RELEASES = [
    ("LA_Inspection_Outcomes_as_at_31_March_2025.ods", "Inspections_as_at_31_March", 2025,
     {"Outstanding": 36, "Good": 67, "Requires improvement to be good": 31, "Inadequate": 19}),
    ("LA_Inspection_Outcomes_as_at_March_2024.ods", "Inspections_31_March_2024", 2024, None),
]

# Sheet headings (whitespace collapsed) -> field. The 2024 and 2025 releases word them differently.
HEADINGS = {
    "Local authority area code": "code",
    "Local authority name": "name",
    "Inspection date": "inspection_date",
    "Publication date": "publication_date",
    "Overall effectiveness": "overall_effectiveness",
    "The impact of leaders on social work practice with children and families": "impact_of_leaders",
    "Impact of leaders": "impact_of_leaders",
    "The experiences and progress of children who need help and protection": "help_and_protection",
    "Experiences and progress of children who need help and protection": "help_and_protection",
    "The experiences and progress of children in care": "children_in_care",
    "Experiences and progress of children in care": "children_in_care",
    "The experiences and progress of care leavers": "care_leavers",
    "Experiences and progress of care leavers": "care_leavers",
}

# Differences between a release's sheet and the converted history (made from the 2025
# release) that are Ofsted's own: the earlier release was corrected in the later one.
# (as-at year, DfE code, field): (sheet value, history value, why). They are printed,
# and do not fail the check; any other difference does.
KNOWN_REVISIONS = {
    (2024, "860", "care_leavers"): (
        "Good", "Requires improvement to be good",
        "Staffordshire, ILACS short inspection of 6 Nov 2023: documented by Ofsted. The 2025 "
        "release's Notes sheet says the 2024 publication's 'Good' for care leavers was an "
        "inputting error and the published report says 'Requires improvement to be good'"),
    (2024, "420", "inspection_date"): (
        "2023-07-10", "2023-07-11",
        "Isles of Scilly, ILACS short inspection published 25 Aug 2023: not documented by "
        "Ofsted. The 2024 release gives 10 July 2023 (also in its in-year sheet), the 2025 "
        "release 11 July 2023, as does the report itself (fieldwork 11 to 13 July 2023, "
        "files.ofsted.gov.uk/v1/file/50226696, per /work/shared/data/ilacs-judgements.csv)"),
}

def load_history(in_dir):
    """Every inspection from the converted files, as dicts with the ILACS field names."""
    ilacs = sorted(glob.glob(os.path.join(in_dir, "*ofsted-ilacs-history-*.csv")))
    sif = sorted(glob.glob(os.path.join(in_dir, "*ofsted-sif-judgements-*.csv")))
    if len(ilacs) != 1 or len(sif) != 1:
        sys.exit(f"{in_dir}: expected one ILACS history and one SIF file, found {ilacs + sif}")
    events = []
    with open(ilacs[0], newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            events.append({**r, "date": r["inspection_date"], "source": os.path.basename(ilacs[0])})
    with open(sif[0], newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            events.append({
                "la_code": r["la_code"], "new_la_code": r["new_la_code"], "la_name": r["la_name"],
                "framework": "SIF", "inspection_type": r["inspection_round"],
                "date": r["publication_date"],  # no fieldwork dates for SIF
                "inspection_date": r["publication_date"], "publication_date": r["publication_date"],
                "overall_effectiveness": r["overall_effectiveness"],
                "impact_of_leaders": r["leadership"],
                "help_and_protection": r["help_and_protection"],
                "children_in_care": r["looked_after"], "care_leavers": r["care_leavers"],
                "source": os.path.basename(sif[0])})
    return events, ilacs[0], sif[0]


def read_as_at_sheet(path, sheet):
    rows, idx = [], None
    for n, r in odsread.iter_rows(path, sheet):
        if squash(r[0]) == "Web link":
            heads = [squash(h) for h in r]
            idx = {HEADINGS[h]: i for i, h in enumerate(heads) if h in HEADINGS}
            missing = {"name", "inspection_date", *JUDGEMENTS} - set(idx)
            if missing:
                sys.exit(f"{path} {sheet}: columns not found: {sorted(missing)}")
            continue
        if idx is None:
            continue
        rec = {k: squash(r[i]) if i < len(r) else "" for k, i in idx.items()}
        rec["row"] = n
        for k in ("inspection_date", "publication_date"):
            if rec.get(k, "")[:4].isdigit():
                rec[k] = rec[k][:10]
        rows.append(rec)
    return rows


def as_at(events, la_code, year):
    cut_done, cut_pub = f"{year}-03-31", f"{year}-06-30"
    mine = [e for e in events if e["la_code"] == la_code]
    ok = [e for e in mine if e["date"] <= cut_done and e["publication_date"] <= cut_pub]
    return max(ok, key=lambda e: (e["date"], e["publication_date"])) if ok else None


def check_year(events, register, path, sheet, year, stated):
    print(f"\n=== as at 31 March {year}: {os.path.basename(path)}, sheet {sheet}")
    day = dt.date(year, 3, 31)
    live = {r["old"]: r for r in register if valid_at(r, day)}
    sheet_rows = read_as_at_sheet(path, sheet)
    has_code, has_pub = "code" in sheet_rows[0], "publication_date" in sheet_rows[0]
    mismatches, revisions, name_diffs = [], [], []

    # Match each sheet row to a register authority existing on 31 March.
    matched = {}
    for s in sheet_rows:
        if has_code:
            hits = [r for r in live.values() if r["new"] == s["code"]]
        else:
            hits = [r for r in live.values() if norm(r["name"]) == norm(s["name"])]
        if len(hits) != 1:
            mismatches.append(f"sheet row {s['row']} {s['name']!r} {s.get('code', '')}: "
                              f"{len(hits)} register authorities on {day}")
            continue
        reg = hits[0]
        if reg["old"] in matched:
            mismatches.append(f"sheet row {s['row']} {s['name']!r}: authority {reg['old']} twice")
        matched[reg["old"]] = s
        if s["name"] != reg["name"]:
            name_diffs.append(f"{s['name']!r} (register {reg['name']!r}, {reg['old']} {reg['new']})")
    for old in sorted(set(live) - set(matched), key=lambda o: live[o]["name"]):
        mismatches.append(f"{live[old]['name']} ({old} {live[old]['new']}) exists on {day} "
                          f"but is not in the sheet")

    ours, theirs = Counter(), Counter()
    for old, s in sorted(matched.items(), key=lambda kv: kv[1]["row"]):
        reg = live[old]
        e = as_at(events, old, year)
        who = f"{s['name']} ({old} {reg['new']}, sheet row {s['row']})"
        theirs[s["overall_effectiveness"] or "not yet inspected"] += 1
        ours[e["overall_effectiveness"] if e else "not yet inspected"] += 1
        if e is None:
            if s["inspection_date"] != "Not yet inspected":
                mismatches.append(f"{who}: no inspection by the rule; sheet has {s['inspection_date']}")
            continue
        if e["framework"] != "ILACS":
            print(f"  note: {who}: latest judgement is {e['framework']} ({e['publication_date']})")
        pairs = [("inspection_date", e["inspection_date"])]
        if has_pub:
            pairs.append(("publication_date", e["publication_date"]))
        pairs += [(j, e[j]) for j in JUDGEMENTS]
        for field, mine in pairs:
            if s.get(field, "") == mine:
                continue
            known = KNOWN_REVISIONS.get((year, old, field))
            if known and known[:2] == (s.get(field, ""), mine):
                revisions.append(f"{who} {field}: sheet {s.get(field)!r}, history {mine!r}: {known[2]}")
            else:
                mismatches.append(f"{who} {field}: sheet {s.get(field, '')!r}, "
                                  f"history {mine!r} ({e['source']})")

    def show(c):
        parts = [f"{c[g]} {g.lower()}" for g in GRADE_ORDER]
        if c["not yet inspected"]:
            parts.append(f"{c['not yet inspected']} not yet inspected")
        return ", ".join(parts) + f"; {sum(c.values())} authorities"
    print(f"  national counts by the rule (converted history): {show(ours)}")
    print(f"  national counts in the sheet:                    {show(theirs)}")
    if ours != theirs:
        mismatches.append("national counts differ")
    if stated is not None and any(ours[g] != n for g, n in stated.items()):
        mismatches.append(f"national counts differ from the release's stated figures {stated}")

    # Where the two cut-offs of the rule matter.
    cut_done, cut_pub, start = f"{year}-03-31", f"{year}-06-30", f"{year}-04-01"
    late = [e for e in events if e["la_code"] in live and e["date"] <= cut_done < cut_pub < e["publication_date"]
            and e["date"] > f"{year - 1}-03-31"]
    window = [e for e in events if e["la_code"] in live and e["date"] <= cut_done
              and start <= e["publication_date"] <= cut_pub]
    after = [e for e in events if e["la_code"] in live and e["date"] > cut_done
             and e["publication_date"] <= cut_pub]
    fmt = lambda e: f"{e['la_name']} ({e['inspection_date']}, published {e['publication_date']})"
    print(f"  inspected by 31 March, published after 30 June (not counted): "
          f"{', '.join(map(fmt, late)) or 'none'}")
    print(f"  inspected by 31 March, published 1 April to 30 June (counted): "
          f"{', '.join(map(fmt, window)) or 'none'}")
    print(f"  inspected after 31 March, published by 30 June (not counted): "
          f"{', '.join(map(fmt, after)) or 'none'}")
    print(f"  sheet names that differ from the register ({len(name_diffs)}): {'; '.join(name_diffs)}")
    if not has_pub:
        print("  (this sheet has no publication dates: inspection dates and judgements compared)")
    for r in revisions:
        print("  REVISED BY OFSTED (not a failure):", r)
    for m in mismatches:
        print("  MISMATCH", m)
    print("  OK" if not mismatches else f"  {len(mismatches)} mismatch(es)")
    return not mismatches


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--release-dir", default=DEFAULT_RELEASE_DIR)
    ap.add_argument("--in-dir", default=os.path.join(MAIN, "input", "inspections"),
                    help="folder with the converted 01-...sif... and 02-...ilacs... files")
    ap.add_argument("--register", default=default_register())
    ap.add_argument("--as-at", nargs=3, action="append", default=[], metavar=("FILE", "SHEET", "YEAR"),
                    help="also check this release (file name in --release-dir, its as-at sheet, "
                         "the year Y of '31 March Y'); may be repeated")
    a = ap.parse_args()
    releases = RELEASES + [(f, sh, int(y), None) for f, sh, y in a.as_at]
    register = load_register(a.register)
    events, ilacs, sif = load_history(a.in_dir)
    print(f"history: {ilacs} and {sif}: {len(events)} inspections")
    ok = True
    for fname, sheet, year, stated in releases:
        ok &= check_year(events, register, os.path.join(a.release_dir, fname), sheet, year, stated)
    print("\nOK: every authority agrees with Ofsted's own tables" if ok else "\nFAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
