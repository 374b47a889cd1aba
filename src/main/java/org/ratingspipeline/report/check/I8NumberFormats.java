package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;

/**
 * I8: numbers of 4+ digits get a comma thousands separator, years never do, and each numeric
 * column uses one number format (so decimal places are consistent).
 */
public final class I8NumberFormats extends AbstractCheck {

    public I8NumberFormats() {
        super("I8", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                boolean year = table.isYear(c);
                if (!table.isNumeric(c) && !year) {
                    continue;
                }
                Set<String> formats = new LinkedHashSet<>();
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null || cell.valueType() != CellType.NUMERIC) {
                        continue;
                    }
                    String format = cell.style().numberFormat();
                    double value = cell.number();
                    formats.add(format);
                    if (year && format.contains(",")) {
                        findings.add(cell, "year shown with a thousands separator; use format 0");
                    } else if (!year && Math.abs(value) >= 1000 && !format.contains("#,##")) {
                        findings.add(cell, "number of 4+ digits without a comma thousands separator (format '"
                                + format + "')");
                    } else if (!year && "General".equalsIgnoreCase(format) && value != Math.rint(value)) {
                        findings.add(cell, "decimal number in General format; set a fixed number of decimal places");
                    }
                }
                if (formats.size() > 1) {
                    out.add(violation(table.sheet(), table.ref(table.headerRow(), c),
                            "column mixes number formats " + formats + "; use one per column"));
                }
            }
        }
        out.addAll(findings.list());
        return out;
    }
}
