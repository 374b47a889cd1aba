#!/usr/bin/env python3
"""Self-test of odsread.py on a small hand-made .ods (standard library only).

Covers number-columns-repeated (inside and at the end of a row), number-rows-repeated
(empty and non-empty runs), covered (merged) cells, office:date-value, floats, text:s,
text:span, text:line-break, multi-paragraph text, annotations and a second sheet.
Usage: python3 test_odsread.py   (exit 1 on failure)
"""
import os
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True  # no __pycache__ in the project tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import odsread  # noqa: E402

CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
 xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
<office:body><office:spreadsheet>
<table:table table:name="Other"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>
<table:table table:name="S">
 <table:table-header-rows>
 <table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Title<text:line-break/>second line</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="string"><text:p>A</text:p><text:p>B</text:p></table:table-cell></table:table-row>
 </table:table-header-rows>
 <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
 <table:table-row><table:table-cell office:value-type="date" office:date-value="2019-04-01T00:00:00"><text:p>01/04/2019</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="36"><text:p>36.0</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p><text:span>a</text:span><text:s text:c="2"/>b<text:tab/>c</text:p><office:annotation><dc:creator>me</dc:creator><text:p>comment</text:p></office:annotation></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row>
 <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p> -</text:p></table:table-cell></table:table-row>
 <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document-content>
"""

EXPECTED = [
    (1, ["Title\nsecond line", "", "A\nB"]),
    (5, ["2019-04-01T00:00:00", "", "", "36", "a  b\tc"]),
    (6, [" -", " -"]),
    (7, [" -", " -"]),
]


def main():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "t.ods")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            z.writestr("content.xml", CONTENT)
        names = odsread.sheet_names(path)
        got = odsread.read_sheet(path, "S")
        ok = names == ["Other", "S"] and got == EXPECTED
        try:
            odsread.read_sheet(path, "missing")
            ok = False
        except KeyError:
            pass
    print("odsread self-test", "OK" if ok else f"FAILED: {names} {got}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
