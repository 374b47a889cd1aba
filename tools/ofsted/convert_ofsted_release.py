#!/usr/bin/env python3
"""Convert Ofsted's official statistics on local authority children's services
inspections into the two tidy CSV files the ratings-pipeline bundles.

Sources (Ofsted official statistics, Open Government Licence v3.0; see PROVENANCE.md):
  Childrens_social_care_in_England_2023_underlying_data.ods
      sheet LA_inspections_2009-2023: one row per authority with the publication
      dates and judgements of every framework since 2009; a second table on the same
      sheet for the authorities that existed before the restructures (Bournemouth,
      Dorset county, Poole, Northamptonshire). Only the single inspection framework
      (SIF) columns are used: the first SIF inspection (six judgements and the LSCB
      review) and the SIF re-inspection (six judgements, no LSCB review).
  LA_Inspection_Outcomes_as_at_31_March_2025.ods
      sheet ILACS_inspection_history: one row per ILACS standard or short inspection
      from January 2018, with its fieldwork start date and publication date.

Outputs (in --out-dir):
  01-ofsted-sif-judgements-2014-to-2018.csv
      la_code,new_la_code,la_name,ofsted_region,framework,inspection_round,
      publication_date,overall_effectiveness,help_and_protection,looked_after,adoption,
      care_leavers,leadership,lscb_overall_effectiveness,source_sheet_row
  02-ofsted-ilacs-history-2018-to-2025.csv
      la_code,new_la_code,ofsted_area_code,la_name,la_status_2025,ofsted_region,
      framework,inspection_type,inspection_date,publication_date,overall_effectiveness,
      impact_of_leaders,help_and_protection,children_in_care,care_leavers,
      care_leavers_judged_separately,source_sheet_row

  la_name, ofsted_region, ofsted_area_code, la_status_2025 and the grade words are
  Ofsted's, as in the sheet (whitespace trimmed). la_code (DfE three-digit code) and
  new_la_code (the ONS code valid at the date: publication date for SIF, inspection
  date for ILACS) come from the DfE register. Dates are ISO. Cells holding " -" (no
  judgement: the Isles of Scilly and the City of London are too small) are empty.
  source_sheet_row is the 1-based row of the release sheet. Rows are ordered by
  publication date, then name, then sheet row. CSV with CRLF line ends, as written by
  Python's csv module.

Python 3 standard library only (the .ods files are read with odsread.py, next to this
script). Deterministic. Usage:
  python3 convert_ofsted_release.py [--release-dir DIR] [--out-dir DIR] [--register PATH]
         [--sif-file NAME] [--sif-sheet NAME] [--ilacs-file NAME] [--ilacs-sheet NAME]
         [--sif-out NAME] [--ilacs-out NAME]
"""
import argparse
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.dont_write_bytecode = True  # no __pycache__ in the project tree
sys.path.insert(0, HERE)
import odsread  # noqa: E402

DEFAULT_RELEASE_DIR = "/work/shared/data/ofsted"
SIF_FILE = "Childrens_social_care_in_England_2023_underlying_data.ods"
SIF_SHEET = "LA_inspections_2009-2023"
ILACS_FILE = "LA_Inspection_Outcomes_as_at_31_March_2025.ods"
ILACS_SHEET = "ILACS_inspection_history"
SIF_OUT = "01-ofsted-sif-judgements-2014-to-2018.csv"
ILACS_OUT = "02-ofsted-ilacs-history-2018-to-2025.csv"

SIF_HEADER = ["la_code", "new_la_code", "la_name", "ofsted_region", "framework",
              "inspection_round", "publication_date", "overall_effectiveness",
              "help_and_protection", "looked_after", "adoption", "care_leavers",
              "leadership", "lscb_overall_effectiveness", "source_sheet_row"]
ILACS_HEADER = ["la_code", "new_la_code", "ofsted_area_code", "la_name", "la_status_2025",
                "ofsted_region", "framework", "inspection_type", "inspection_date",
                "publication_date", "overall_effectiveness", "impact_of_leaders",
                "help_and_protection", "children_in_care", "care_leavers",
                "care_leavers_judged_separately", "source_sheet_row"]

GRADES = {"Outstanding", "Good", "Requires improvement to be good", "Inadequate"}
NO_JUDGEMENT = {"-", ""}  # the sheet writes " -" where there was no judgement

# Release column headings (compared after collapsing whitespace) -> output column.
SIF_FIRST = [
    ("Single Inspection of LA Children's Services (SIF) First SIF publication date", "publication_date"),
    ("First SIF Overall Judgement (OE)", "overall_effectiveness"),
    ("First SIF children who need help and protection", "help_and_protection"),
    ("First SIF children looked after and achieving permanence", "looked_after"),
    ("First SIF CLA Sub: Adoption Performance", "adoption"),
    ("First SIF CLA Sub: Experiences and progress of care leavers", "care_leavers"),
    ("First SIF leadership, management and governance", "leadership"),
    ("LSCB Overall Effectiveness", "lscb_overall_effectiveness"),
]
SIF_RE = [
    ("Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date", "publication_date"),
    ("SIF Re-inspection Overall Judgement (OE)", "overall_effectiveness"),
    ("SIF Re-inspection children who need help and protection", "help_and_protection"),
    ("SIF Re-inspection children looked after and achieving permanence", "looked_after"),
    ("SIF Re-inspection CLA Sub: Adoption Performance", "adoption"),
    ("SIF Re-inspection CLA Sub: Experiences and progress of care leavers", "care_leavers"),
    ("SIF Re-inspection leadership, management and governance", "leadership"),
]
ILACS_COLS = [
    ("Local authority area code", "ofsted_area_code"),
    ("Local authority name", "la_name"),
    ("Local authority status", "la_status_2025"),
    ("Ofsted region", "ofsted_region"),
    ("Inspection date", "inspection_date"),
    ("Publication date", "publication_date"),
    ("Inspection type", "inspection_type"),
    ("Overall effectiveness", "overall_effectiveness"),
    ("The impact of leaders on social work practice with children and families", "impact_of_leaders"),
    ("The experiences and progress of children who need help and protection", "help_and_protection"),
    ("The experiences and progress of children in care", "children_in_care"),
    ("The experiences and progress of care leavers", "care_leavers"),
]
ILACS_TYPES = {"ILACS Standard Inspection": "standard", "ILACS Short Inspection": "short"}

# Ofsted names (normalised, see norm()) that differ from the normalised register name.
NAME_ALIASES = {
    "bedford borough": "bedford",
    "durham": "county durham",
}


def default_register():
    local = os.path.join(MAIN, "src", "main", "resources", "authority", "local-authorities.csv")
    return local if os.path.exists(local) else "/work/shared/data/local-authorities.csv"


def squash(s):
    return re.sub(r"\s+", " ", s or "").strip()


def norm(name):
    """Normalise an authority name for matching Ofsted's spelling to the register's."""
    s = squash(name).lower().replace("&", " and ")
    s = re.sub(r",\s*(city|county) of$", "", s)  # "Bristol, City of" -> "bristol"
    s = re.sub(r"[^a-z0-9 ]+", " ", s)           # "St. Helens" -> "st helens"
    s = re.sub(r"\s+", " ", s).strip()
    return NAME_ALIASES.get(s, s)


def parse_reg_date(s):
    s = (s or "").strip()
    return dt.datetime.strptime(s, "%d/%m/%Y").date() if s else None


def load_register(path):
    rows = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            old, new = r["old_la_code"].strip(), r["new_la_code"].strip()
            if "/" in old or "/" in new or not old.isdigit() or not new.startswith("E"):
                continue  # combined " / " rows and x/z placeholders
            rows.append({"old": old, "new": new, "name": r["la_name"].strip(),
                         "from": parse_reg_date(r["date_of_operation"]),
                         "to": parse_reg_date(r["date_of_termination"])})
    return rows


def valid_at(reg, day):
    return (reg["from"] is None or reg["from"] <= day) and (reg["to"] is None or reg["to"] >= day)


def one(hits, what):
    if len(hits) != 1:
        sys.exit(f"register: {what}: {len(hits)} matches {[(h['old'], h['new'], h['name']) for h in hits]}")
    return hits[0]


def by_name(register, name, day):
    key = norm(name)
    return one([r for r in register if norm(r["name"]) == key and valid_at(r, day)],
               f"{name!r} at {day}")


def by_code(register, code, day):
    """The register row valid at day for the authority whose ONS code (at any time) is code:
    a successor code with the same DfE code is followed back (North Yorkshire and Somerset
    carry their post-2023 E06 code in the release for inspections made under the E10 code)."""
    olds = {r["old"] for r in register if r["new"] == code}
    if len(olds) != 1:
        sys.exit(f"register: ONS code {code}: DfE codes {sorted(olds)}")
    return one([r for r in register if r["old"] in olds and valid_at(r, day)], f"{code} at {day}")


def iso(cell, what):
    """office:date-value (YYYY-MM-DD, optionally with a time part) -> datetime.date."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.0+)?)?", cell.strip())
    if not m:
        sys.exit(f"not a date: {what}: {cell!r}")
    return dt.date(int(m[1]), int(m[2]), int(m[3]))


def grade(cell, what, allow_empty=False):
    v = squash(cell)
    if v in NO_JUDGEMENT:
        if v == "" and not allow_empty:
            sys.exit(f"missing judgement: {what}")
        return ""
    if v not in GRADES:
        sys.exit(f"unknown judgement {v!r}: {what}")
    return v


def header_index(header, wanted, what):
    heads = [squash(h) for h in header]
    idx = {}
    for title, col in wanted:
        if heads.count(title) != 1:
            sys.exit(f"{what}: column {title!r} found {heads.count(title)} times")
        idx[col] = heads.index(title)
    return idx


def cell(row, i):
    return row[i] if i < len(row) else ""


def convert_sif(path, register, sheet=SIF_SHEET):
    rows = odsread.read_sheet(path, sheet)
    out, tables, idx = [], 0, None
    for n, r in rows:
        if squash(cell(r, 0)) == "Web link":  # a table's header row
            tables += 1
            heads = [squash(h) for h in r]
            name_i, region_i = heads.index("Local authority name"), heads.index("LA region")
            idx = (header_index(r, SIF_FIRST, f"{SIF_SHEET} row {n}"),
                   header_index(r, SIF_RE, f"{SIF_SHEET} row {n}"))
            continue
        if idx is None:
            continue
        if not squash(cell(r, name_i)):
            idx = None  # a title line (table 11's heading) ends the first table
            continue
        name, region = squash(r[name_i]), squash(r[region_i])
        for rnd, cols in zip(("first", "re-inspection"), idx):
            pub = squash(cell(r, cols["publication_date"]))
            if not pub:
                continue
            day = iso(pub, f"row {n} {name} {rnd}")
            reg = by_name(register, name, day)
            rec = {"la_code": reg["old"], "new_la_code": reg["new"], "la_name": name,
                   "ofsted_region": region, "framework": "SIF", "inspection_round": rnd,
                   "publication_date": day.isoformat(), "source_sheet_row": n,
                   "lscb_overall_effectiveness": ""}
            for col, i in cols.items():
                if col != "publication_date":
                    rec[col] = grade(cell(r, i), f"row {n} {name} {rnd} {col}",
                                     allow_empty=(col == "lscb_overall_effectiveness"))
            out.append(rec)
    if tables != 2:
        sys.exit(f"{SIF_SHEET}: expected 2 tables (authorities, predecessor authorities), found {tables}")
    out.sort(key=lambda x: (x["publication_date"], x["la_name"], x["source_sheet_row"]))
    return out


def convert_ilacs(path, register, sheet=ILACS_SHEET):
    rows = odsread.read_sheet(path, sheet)
    out, idx = [], None
    for n, r in rows:
        if squash(cell(r, 0)) == "Web link":
            idx = header_index(r, ILACS_COLS, f"{ILACS_SHEET} row {n}")
            continue
        if idx is None:
            continue
        v = {col: squash(cell(r, i)) for col, i in idx.items()}
        what = f"row {n} {v['la_name']}"
        if v["inspection_type"] not in ILACS_TYPES:
            sys.exit(f"{what}: unknown inspection type {v['inspection_type']!r}")
        day = iso(v["inspection_date"], what)
        pub = iso(v["publication_date"], what)
        reg = by_code(register, v["ofsted_area_code"], day)
        cl = grade(v["care_leavers"], what + " care leavers", allow_empty=True)
        out.append({
            "la_code": reg["old"], "new_la_code": reg["new"],
            "ofsted_area_code": v["ofsted_area_code"], "la_name": v["la_name"],
            "la_status_2025": v["la_status_2025"], "ofsted_region": v["ofsted_region"],
            "framework": "ILACS", "inspection_type": ILACS_TYPES[v["inspection_type"]],
            "inspection_date": day.isoformat(), "publication_date": pub.isoformat(),
            "overall_effectiveness": grade(v["overall_effectiveness"], what),
            "impact_of_leaders": grade(v["impact_of_leaders"], what),
            "help_and_protection": grade(v["help_and_protection"], what),
            "children_in_care": grade(v["children_in_care"], what),
            "care_leavers": cl,
            "care_leavers_judged_separately": "yes" if cl else "no (combined with children in care)",
            "source_sheet_row": n,
        })
    out.sort(key=lambda x: (x["publication_date"], x["la_name"], x["source_sheet_row"]))
    return out


def write(path, header, rows):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header)  # csv default: CRLF, minimal quoting
        w.writeheader()
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--release-dir", default=DEFAULT_RELEASE_DIR)
    ap.add_argument("--out-dir", default=os.path.join(MAIN, "input", "inspections"))
    ap.add_argument("--register", default=default_register())
    ap.add_argument("--sif-file", default=SIF_FILE, help="file name in --release-dir")
    ap.add_argument("--ilacs-file", default=ILACS_FILE, help="file name in --release-dir")
    ap.add_argument("--sif-sheet", default=SIF_SHEET)
    ap.add_argument("--ilacs-sheet", default=ILACS_SHEET)
    ap.add_argument("--sif-out", default=SIF_OUT, help="output file name in --out-dir")
    ap.add_argument("--ilacs-out", default=ILACS_OUT, help="output file name in --out-dir")
    a = ap.parse_args()

    register = load_register(a.register)
    sif = convert_sif(os.path.join(a.release_dir, a.sif_file), register, a.sif_sheet)
    ilacs = convert_ilacs(os.path.join(a.release_dir, a.ilacs_file), register, a.ilacs_sheet)
    write(os.path.join(a.out_dir, a.sif_out), SIF_HEADER, sif)
    write(os.path.join(a.out_dir, a.ilacs_out), ILACS_HEADER, ilacs)

    first = [x for x in sif if x["inspection_round"] == "first"]
    again = [x for x in sif if x["inspection_round"] == "re-inspection"]
    print(f"wrote {os.path.join(a.out_dir, a.sif_out)}: {len(sif)} SIF inspections "
          f"({len(first)} first, published {first[0]['publication_date']} to "
          f"{max(x['publication_date'] for x in first)}; {len(again)} re-inspections, to "
          f"{max(x['publication_date'] for x in again)})")
    print(f"wrote {os.path.join(a.out_dir, a.ilacs_out)}: {len(ilacs)} ILACS inspections of "
          f"{len({x['la_code'] for x in ilacs})} authorities (inspected "
          f"{min(x['inspection_date'] for x in ilacs)} to {max(x['inspection_date'] for x in ilacs)}, "
          f"published to {ilacs[-1]['publication_date']})")


if __name__ == "__main__":
    main()
