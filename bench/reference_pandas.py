#!/usr/bin/env python3
"""Reference implementation in pandas: what an analyst would write instead of the pipeline.

Reads an Ofsted ILACS inspection CSV (layout of data/ilacs-judgements.csv), validates it, takes
each authority's latest judgement published on or before --as-of, counts the judgements nationally
and per region, and writes an .xlsx (openpyxl) with National, Regional and Rejected rows sheets.

    reference_pandas.py --inspections FILE --register local-authorities.csv \
        --regions regions.csv --as-of 2026-03-31 --out OUT.xlsx

Prints one summary line: rows read, rejected, authorities judged, national counts.
Needs python3-pandas and python3-openpyxl (Debian packages); run with /usr/bin/python3.
"""
import argparse
import sys

import numpy as np
import pandas as pd

LA_CODE = "La Code"
START, END, PUB = "Inspection Start Date", "Inspection End Date", "Publication Date"
OVERALL = "Overall Effectiveness Grade"
AREAS = ["Impact Of Leaders Grade", "Help And Protection Grade", "In Care Grade", "Care Leavers Grade"]
USECOLS = [LA_CODE, START, END, PUB, OVERALL] + AREAS

GRADE_CODES = {
    "outstanding": 1, "1": 1,
    "good": 2, "2": 2,
    "requires improvement": 3, "requires improvement to be good": 3, "ri": 3, "3": 3,
    "inadequate": 4, "4": 4,
}
GRADE_NAMES = {1: "Outstanding", 2: "Good", 3: "Requires improvement", 4: "Inadequate"}
NOT_APPLICABLE = "inspection_pre_dates_judgement"


def per_value(s, func):
    """Apply a vectorised function to the distinct values of a categorical column only, then
    broadcast the result back to the rows (grades, codes and dates repeat a lot)."""
    result = func(pd.Series(s.cat.categories, dtype=object))
    return pd.Series(result.to_numpy()[s.cat.codes.to_numpy()], index=s.index)


def normalise(s):
    """Lower case, trimmed, inner spaces collapsed."""
    return per_value(s, lambda v: v.str.strip().str.lower().str.replace(r"\s+", " ", regex=True))


def load_register(register_path, regions_path):
    """One row per old (three-digit) LA code, with its region name."""
    reg = pd.read_csv(register_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    # Joint-service rows ("940 / 941") stand for several authorities: split them.
    for c in ["new_la_code", "la_name", "old_la_code"]:
        reg[c] = reg[c].str.split(" / ")
    reg = reg.explode(["new_la_code", "la_name", "old_la_code"])
    reg = reg[reg["old_la_code"].str.fullmatch(r"\d{3}")].copy()
    # A code can appear more than once over time: prefer the live row, then the newest.
    reg["live"] = reg["status"].eq("live")
    reg["since"] = pd.to_datetime(reg["date_of_operation"], format="%d/%m/%Y", errors="coerce")
    reg = (reg.sort_values(["old_la_code", "live", "since"], na_position="first")
              .drop_duplicates("old_la_code", keep="last"))
    regions = pd.read_csv(regions_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    regions = regions[regions["region_code"].str.startswith("E12")]
    reg["region"] = reg["parent_geography_code"].map(
        regions.set_index("region_code")["region_name"]).fillna("Unknown region")
    return reg.set_index("old_la_code")[["new_la_code", "la_name", "region"]], list(regions["region_name"])


def quoted(s):
    return "'" + s.str.replace("'", "''", regex=False) + "'"


def validate(df, reg):
    """Return (valid rows with parsed fields, rejected frame [Line, Reason])."""
    n = len(df)
    checks = []  # (column label, boolean mask over all rows, function building the message)

    overall = normalise(df[OVERALL])
    df["grade"] = overall.map(GRADE_CODES)
    checks.append((OVERALL, overall.eq(""), lambda sub: "missing " + OVERALL))
    checks.append((OVERALL, overall.ne("") & df["grade"].isna(),
                   lambda sub: OVERALL + ": not a grade " + quoted(sub[OVERALL].astype(str))))
    for col in AREAS:
        v = normalise(df[col])
        bad = v.ne("") & ~v.isin(list(GRADE_CODES)) & v.ne(NOT_APPLICABLE)
        checks.append((col, bad, lambda sub, col=col: col + ": not a grade " + quoted(sub[col].astype(str))))

    raw_dates = {}
    for col in [START, END, PUB]:
        raw = per_value(df[col], lambda v: v.str.strip())
        df[col + " parsed"] = per_value(
            df[col], lambda v: pd.Series(pd.to_datetime(v.str.strip(), format="%d/%m/%Y", errors="coerce")))
        raw_dates[col] = raw
        checks.append((col, raw.ne("") & df[col + " parsed"].isna(),
                       lambda sub, col=col: col + ": unreadable date " + quoted(sub[col].astype(str))))
    no_date = raw_dates[START].eq("") & raw_dates[END].eq("") & raw_dates[PUB].eq("")
    checks.append(("date", no_date, lambda sub: "no inspection or publication date"))

    df["la"] = per_value(df[LA_CODE], lambda v: v.str.strip())
    unknown = ~df["la"].isin(reg.index)
    checks.append((LA_CODE, unknown, lambda sub: "unknown authority, La Code " + quoted(sub[LA_CODE].astype(str))))

    bad = np.zeros(n, dtype=bool)
    for _, m, _ in checks:
        bad |= m.to_numpy()
    sub = df[bad]
    # Reasons for the rejected rows only (1% of the file): one column per check, joined.
    msgs = [pd.Series(np.where(m[bad], f(sub), ""), index=sub.index) for _, m, f in checks]
    reason = msgs[0].str.cat(msgs[1:], sep="; ").str.replace(r"(; )+", "; ", regex=True).str.strip("; ")
    rejected = pd.DataFrame({"Line": sub["line"], "Reason": reason}).reset_index(drop=True)
    valid = df[~bad].copy()
    valid["grade"] = valid["grade"].astype(int)
    return valid, rejected


def shares(counts, area_label):
    """counts: frame indexed by area with grade codes 1-4 as columns."""
    counts = counts.reindex(columns=[1, 2, 3, 4], fill_value=0)
    out = pd.DataFrame(index=counts.index)
    out.index.name = area_label
    out["Authorities judged"] = counts.sum(axis=1)
    for code, name in GRADE_NAMES.items():
        out[name] = counts[code]
    out["Good or outstanding"] = counts[1] + counts[2]
    judged = out["Authorities judged"].replace(0, np.nan)
    for name in list(GRADE_NAMES.values()) + ["Good or outstanding"]:
        out[name + " share (%)"] = (out[name] / judged * 100).round(1)
    return out.reset_index()


def main():
    p = argparse.ArgumentParser(description="pandas reference for the ratings pipeline")
    p.add_argument("--inspections", required=True)
    p.add_argument("--register", required=True)
    p.add_argument("--regions", required=True)
    p.add_argument("--as-of", required=True, help="yyyy-mm-dd")
    p.add_argument("--out", required=True)
    a = p.parse_args()
    as_of = pd.Timestamp(a.as_of)

    reg, region_names = load_register(a.register, a.regions)

    # Every column used repeats a few distinct values: read them as categories.
    df = pd.read_csv(a.inspections, dtype="category", keep_default_na=False, encoding="utf-8-sig",
                     usecols=lambda c: c.strip() in USECOLS)
    df.columns = df.columns.str.strip()
    missing = [c for c in USECOLS if c not in df.columns]
    if missing:
        sys.exit(f"{a.inspections}: missing columns {missing}")
    rows_read = len(df)
    df["line"] = np.arange(rows_read) + 2  # header is line 1 (no embedded line breaks in this layout)

    valid, rejected = validate(df, reg)

    # The date an inspection counts from: publication, else end of inspection, else start.
    valid = valid.assign(effective=valid[PUB + " parsed"]
                         .fillna(valid[END + " parsed"]).fillna(valid[START + " parsed"]))
    valid = valid[valid["effective"] <= as_of]
    latest = (valid.sort_values(["la", "effective", START + " parsed", "line"])
                   .groupby("la", sort=False).tail(1))
    latest = latest.join(reg, on="la")

    regional = shares(pd.crosstab(latest["region"], latest["grade"]).reindex(region_names, fill_value=0),
                      "Region")
    national = shares(pd.DataFrame([latest["grade"].value_counts()], index=["England"]), "Area")

    with pd.ExcelWriter(a.out, engine="openpyxl") as xw:
        national.to_excel(xw, sheet_name="National", index=False)
        regional.to_excel(xw, sheet_name="Regional", index=False)
        rejected.to_excel(xw, sheet_name="Rejected rows", index=False)

    e = national.iloc[0]
    print(f"pandas: rows read {rows_read}, rejected {len(rejected)}, authorities judged {e['Authorities judged']}, "
          f"national as at {a.as_of}: outstanding {e['Outstanding']}, good {e['Good']}, "
          f"requires improvement {e['Requires improvement']}, inadequate {e['Inadequate']}, "
          f"good or outstanding {e['Good or outstanding']} ({e['Good or outstanding share (%)']}%)")


if __name__ == "__main__":
    main()
