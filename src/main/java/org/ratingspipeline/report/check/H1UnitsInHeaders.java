package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;

/**
 * H1: a column holding numbers states its unit on its own header line in round brackets,
 * e.g. "Share\n(%)". Year and date columns are exempt: a year or a date has no unit.
 */
public final class H1UnitsInHeaders extends AbstractCheck {

    private static final Pattern UNIT_ON_FIRST_LINE = Pattern.compile(".*\\(.+\\)\\s*$");

    public H1UnitsInHeaders() {
        super("H1", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (table.isNumeric(c) || table.isYear(c) || table.isDate(c) || !holdsNumbers(table, c)) {
                    continue;
                }
                String header = table.header(c);
                String ref = table.ref(table.headerRow(), c);
                if (UNIT_ON_FIRST_LINE.matcher(Text.name(header)).matches()) {
                    out.add(violation(table.sheet(), ref, "put the unit on its own line: '" + header + "'"));
                } else {
                    out.add(violation(table.sheet(), ref, "numeric column has no unit line such as \\n(number): '"
                            + header + "'"));
                }
            }
        }
        return out;
    }

    private static boolean holdsNumbers(TableView table, int column) {
        for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
            CellSnapshot cell = table.cell(r, column);
            if (cell != null && cell.valueType() == CellType.NUMERIC) {
                return true;
            }
        }
        return false;
    }
}
