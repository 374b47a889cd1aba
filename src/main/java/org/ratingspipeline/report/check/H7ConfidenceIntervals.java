package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;

/** H7: confidence intervals in separate lower and upper columns; significance never shown with "*". */
public final class H7ConfidenceIntervals extends AbstractCheck {

    private static final Pattern INTERVAL_HEADER = Pattern.compile("(?i)confidence interval|\\bci\\b");

    public H7ConfidenceIntervals() {
        super("H7", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                String header = table.header(c).toLowerCase(Locale.ROOT);
                if (INTERVAL_HEADER.matcher(header).find() && !header.contains("lower") && !header.contains("upper")) {
                    findings.add(table.headerCell(c),
                            "confidence interval column should be split into lower and upper columns");
                }
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell != null && cell.cellType() == CellType.STRING
                            && cell.text().contains("*")) {
                        findings.add(cell, "asterisk in a data cell; state significance in words or its own column");
                    }
                }
            }
        }
        return findings.list();
    }
}
