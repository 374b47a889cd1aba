"""Minimal OpenDocument spreadsheet (.ods) reader, Python 3 standard library only.

An .ods file is a zip archive; its cells are in content.xml. This module streams
content.xml with xml.etree.ElementTree.iterparse and yields the rows of one sheet
(table:table) as lists of cell values, handling:

- table:number-columns-repeated and table:number-rows-repeated (long runs of empty
  rows or cells are skipped, not expanded; non-empty runs are expanded);
- table:covered-table-cell (the hidden parts of merged cells: empty, but they take
  their column position);
- office:value-type: float / percentage / currency -> office:value (a string, as stored),
  date -> office:date-value (ISO, time part kept if present), time -> office:time-value,
  boolean -> office:boolean-value, string (or no type) -> the cell's text;
- text: each text:p / text:h paragraph, with text:s (spaces, text:c), text:tab,
  text:line-break, and nested text:span / text:a; paragraphs joined with "\\n";
  office:annotation (comments) ignored.

Every cell value is returned as a str ("" for an empty cell). Row numbers are 1-based,
as a spreadsheet program shows them.
"""
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
T = "{%s}" % NS["table"]
O = "{%s}" % NS["office"]
X = "{%s}" % NS["text"]

TABLE = T + "table"
ROW = T + "table-row"
CELL = T + "table-cell"
COVERED = T + "covered-table-cell"
ROWS_REP = T + "number-rows-repeated"
COLS_REP = T + "number-columns-repeated"
NAME = T + "name"
VTYPE = O + "value-type"


def _text(el):
    """Text of a paragraph element, with ODF whitespace elements expanded."""
    out = [el.text or ""]
    for ch in el:
        tag = ch.tag
        if tag == X + "s":
            out.append(" " * int(ch.get(X + "c", "1")))
        elif tag == X + "tab":
            out.append("\t")
        elif tag == X + "line-break":
            out.append("\n")
        elif tag == O + "annotation":
            pass
        else:
            out.append(_text(ch))
        out.append(ch.tail or "")
    return "".join(out)


def cell_value(c):
    """The value of one table:table-cell element as a string."""
    vt = c.get(VTYPE)
    if vt in ("float", "percentage", "currency"):
        return c.get(O + "value", "")
    if vt == "date":
        return c.get(O + "date-value", "")
    if vt == "time":
        return c.get(O + "time-value", "")
    if vt == "boolean":
        return c.get(O + "boolean-value", "")
    paras = [_text(p) for p in c if p.tag in (X + "p", X + "h")]
    if paras:
        return "\n".join(paras)
    return c.get(O + "string-value", "")


def _row_cells(row):
    cells = []
    for c in row:
        if c.tag not in (CELL, COVERED):
            continue
        n = int(c.get(COLS_REP, "1"))
        v = cell_value(c) if c.tag == CELL else ""
        if v == "" and n > 1:
            cells.append(("", n))  # run of empties: kept compressed
        else:
            cells.extend([(v, 1)] * n)
    # drop trailing empties, then expand the remaining compressed runs
    while cells and cells[-1][0] == "":
        cells.pop()
    out = []
    for v, n in cells:
        out.extend([v] * n)
    return out


def sheet_names(path):
    names = []
    with zipfile.ZipFile(path) as z, z.open("content.xml") as f:
        for ev, el in ET.iterparse(f, events=("start",)):
            if el.tag == TABLE:
                names.append(el.get(NAME))
    return names


def iter_rows(path, sheet):
    """Yield (row_number, [values]) for every non-empty row of the named sheet."""
    found = False
    with zipfile.ZipFile(path) as z, z.open("content.xml") as f:
        in_sheet = False
        rownum = 0
        for ev, el in ET.iterparse(f, events=("start", "end")):
            if ev == "start":
                if el.tag == TABLE:
                    in_sheet = el.get(NAME) == sheet
                    found = found or in_sheet
                    rownum = 0
                continue
            if el.tag == ROW:
                if in_sheet:
                    n = int(el.get(ROWS_REP, "1"))
                    vals = _row_cells(el)
                    if vals:
                        for _ in range(n):
                            rownum += 1
                            yield rownum, list(vals)
                    else:
                        rownum += n
                el.clear()
            elif el.tag == TABLE:
                if in_sheet:
                    return
                el.clear()
    if not found:
        raise KeyError(f"{path}: no sheet named {sheet!r}")


def read_sheet(path, sheet):
    """All non-empty rows of a sheet as a list of (row_number, values)."""
    return list(iter_rows(path, sheet))
