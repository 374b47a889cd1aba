package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** D3: each sheet-name cell is an internal link to A1 of the sheet it names. */
public final class D3ContentsLinks extends AbstractCheck {

    /** {@code 'Table_1'!A1}; quotes are optional for names without spaces. */
    private static final Pattern TO_A1 = Pattern.compile("^(?:'((?:[^']|'')+)'|([^'!]+))!\\$?A\\$?1$");

    public D3ContentsLinks() {
        super("D3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        book.layout().contents().ifPresent(contents -> {
            for (TableView table : TableView.onSheet(book, contents)) {
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    check(workbook, table, r, out);
                }
            }
        });
        return out;
    }

    private void check(XSSFWorkbook workbook, TableView table, int row, List<Violation> out) {
        CellSnapshot cell = table.cell(row, 0);
        String ref = table.ref(row, 0);
        String name = table.text(row, 0).strip();
        XSSFHyperlink link = cell == null ? null : table.sheet().getHyperlink(cell.row(), cell.col());
        if (link == null) {
            out.add(violation(table.sheet(), ref, "sheet name '" + name + "' is not a link"));
            return;
        }
        if (link.getType() != HyperlinkType.DOCUMENT) {
            out.add(violation(table.sheet(), ref, "link should be internal (DOCUMENT), not " + link.getType()));
            return;
        }
        Matcher m = TO_A1.matcher(link.getAddress() == null ? "" : link.getAddress().strip());
        if (!m.matches()) {
            out.add(violation(table.sheet(), ref, "link should point to A1 of the sheet: " + link.getAddress()));
            return;
        }
        String target = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
        if (workbook.getSheet(target) == null) {
            out.add(violation(table.sheet(), ref, "link target sheet does not exist: " + target));
        } else if (!target.equals(name)) {
            out.add(violation(table.sheet(), ref, "cell says '" + name + "' but links to '" + target + "'"));
        }
    }
}
