#!/usr/bin/env python3
"""Convert real per-authority children's social care budget and outturn figures
into the ratings-pipeline spend contract.

Source (real, published figures; see PROVENANCE.md):
  tools/spend/raw/overspend_data_final.csv, a verbatim copy of
  Data/Outputs/overspend_data_final.csv in the GitHub repository
  BenGoodair/childrens_social_care_qualitative (commit 2532f7f1e1719d972394f9ff3bc4ae76d38e638a).
  It joins, by authority name, two MHCLG (formerly DLUHC) local authority finance
  statistics, both "net current expenditure" on children's social care, GBP thousand:
    budget_YY = Revenue Account budget (RA) for financial year 20YY-YY+1,
                column "TOTAL CHILDREN'S SOCIAL CARE" (RA line 330);
    spend_YY  = Revenue Outturn service expenditure summary (RSX) for the same year,
                column "Children Social Care - Net Current Expenditure (C7 = C3 - C6)"
                (RO row 330, C7R330).

Output (contract of /work/shared/README.md, "Input contract: children's social care spend CSV"):
  old_la_code,new_la_code,la_name,financial_year,budget_gbp,outturn_gbp
  one row per authority and financial year where BOTH budget and outturn are present;
  money converted from GBP thousand to whole pounds (x 1000, exact);
  codes and names taken from the DfE register, using the ONS code valid in that year.

Python 3 standard library only. Deterministic. Usage:
  python3 convert_goodair_overspend.py [--raw PATH] [--register PATH] [--out PATH]
"""
import argparse
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))

YEARS = {"21": "2021-22", "22": "2022-23", "23": "2023-24"}

# Source rows that are not single children's services authorities (aggregates and
# shire districts, which carry a few thousand pounds of CSC-coded spend).
NOT_AUTHORITIES = {
    "ENGLAND", "LONDON BOROUGHS", "METROPOLITAN DISTRICTS", "UNITARY AUTHORITIES",
    "HARLOW", "SEVENOAKS", "BLABY", "CHARNWOOD",
}

# Source names (normalised by the source's R script) that differ from the
# normalised register name.
ALIASES = {
    "LONDON": "CITY OF LONDON",  # the R script deleted "CITY OF" from "City of London"
}


def default_register():
    local = os.path.join(MAIN, "src", "main", "resources", "authority", "local-authorities.csv")
    return local if os.path.exists(local) else "/work/shared/data/local-authorities.csv"


def norm(name):
    """Normalise a register name to the source's upper-case, punctuation-free form."""
    s = name.upper().replace("&", "AND")
    s = re.sub(r",\s*(CITY|COUNTY) OF$", "", s)  # "Bristol, City of" -> "BRISTOL"
    s = re.sub(r"[^A-Z0-9 ]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def parse_date(s):
    s = (s or "").strip()
    return dt.datetime.strptime(s, "%d/%m/%Y").date() if s else None


def load_register(path):
    rows = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            old, new = r["old_la_code"].strip(), r["new_la_code"].strip()
            if "/" in old or "/" in new or not old.isdigit() or not new.startswith("E"):
                continue  # combined " / " rows and x/z placeholders
            rows.append({
                "old": old, "new": new, "name": r["la_name"].strip(),
                "from": parse_date(r["date_of_operation"]),
                "to": parse_date(r["date_of_termination"]),
            })
    return rows


def valid_in(reg_row, fy):
    start = dt.date(int(fy[:4]), 4, 1)
    end = dt.date(int(fy[:4]) + 1, 3, 31)
    return (reg_row["from"] is None or reg_row["from"] <= start) and \
           (reg_row["to"] is None or reg_row["to"] >= end)


def resolve(register, src_name, fy):
    key = ALIASES.get(src_name, src_name)
    hits = [r for r in register if norm(r["name"]) == key and valid_in(r, fy)]
    if len(hits) != 1:
        return None
    return hits[0]


def num(s):
    s = s.strip()
    return None if s in ("", "NA") else float(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", default=os.path.join(HERE, "raw", "overspend_data_final.csv"))
    ap.add_argument("--register", default=default_register())
    ap.add_argument("--out", default=os.path.join(MAIN, "input", "spend.csv"))
    a = ap.parse_args()

    register = load_register(a.register)
    out_rows, gaps, unmatched = [], [], []
    england = {}
    with open(a.raw, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = r["Local.authority"].strip()
            # Transcription check: the source's own overspend % must match its figures.
            for yy in YEARS:
                b, s, o = num(r["budget_" + yy]), num(r["spend_" + yy]), num(r["overspend_" + yy])
                if b is not None and s is not None and o is not None:
                    if abs((s - b) / b * 100 - o) > 1e-6:
                        sys.exit(f"raw file inconsistent for {name} {yy}: {b} {s} {o}")
            if name == "ENGLAND":
                england = {YEARS[yy]: (num(r["budget_" + yy]), num(r["spend_" + yy])) for yy in YEARS}
            if name in NOT_AUTHORITIES:
                continue
            for yy, fy in YEARS.items():
                b, s = num(r["budget_" + yy]), num(r["spend_" + yy])
                reg = resolve(register, name, fy)
                if reg is None:
                    if b is not None or s is not None:
                        unmatched.append((name, fy))
                    continue
                if b is None or s is None:
                    gaps.append((reg["name"], fy, "budget" if b is None else "outturn"))
                    continue
                out_rows.append({
                    "old_la_code": reg["old"], "new_la_code": reg["new"], "la_name": reg["name"],
                    "financial_year": fy,
                    "budget_gbp": int(round(b * 1000)), "outturn_gbp": int(round(s * 1000)),
                })

    if unmatched:
        sys.exit("source names not resolved through the register: %s" % unmatched)
    out_rows.sort(key=lambda x: (x["financial_year"], x["old_la_code"]))
    keys = [(x["new_la_code"], x["financial_year"]) for x in out_rows]
    assert len(keys) == len(set(keys)), "duplicate authority-year rows"

    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["old_la_code", "new_la_code", "la_name",
                                          "financial_year", "budget_gbp", "outturn_gbp"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(out_rows)

    print(f"wrote {a.out}: {len(out_rows)} rows")
    print("left out (value missing in source):")
    for g in gaps:
        print("  %s %s: no %s" % g)
    # Authorities of the register with no row in a year
    for fy in YEARS.values():
        have = {x["new_la_code"] for x in out_rows if x["financial_year"] == fy}
        missing = sorted(r["name"] for r in register if valid_in(r, fy) and r["new"] not in have)
        print(f"  {fy}: no row for {len(missing)} authorities: {', '.join(missing)}")
    print("source ENGLAND row (all authorities incl. districts), GBP m: budget / outturn")
    for fy, (b, s) in england.items():
        fmt = lambda v: "NA" if v is None else f"{v / 1000:,.1f}"
        print(f"  {fy}: {fmt(b)} / {fmt(s)}")


if __name__ == "__main__":
    main()
