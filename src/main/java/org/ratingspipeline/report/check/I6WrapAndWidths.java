package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;

/**
 * I6: table cells wrap (E), so screen readers do not report text as cropped or overflowing, and
 * columns have sensible explicit widths (R).
 */
public final class I6WrapAndWidths extends AbstractCheck {

    static final int MIN_WIDTH_CHARS = 8;
    /** "About 60" in the standard; a little slack so a long note column is not flagged. */
    static final int MAX_WIDTH_CHARS = 75;

    public I6WrapAndWidths() {
        super("I6", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        Findings findings = findings();
        for (TableView table : TableView.inWorkbook(book)) {
            for (int c = 0; c < table.columnCount(); c++) {
                int longest = 0;
                for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null || cell.isBlank()) {
                        continue;
                    }
                    if (!cell.style().wrapped()) {
                        findings.add(cell, "table cell does not wrap text");
                    }
                    for (String line : cell.text().split("\\R")) {
                        longest = Math.max(longest, line.length());
                    }
                }
                checkWidth(table, c, longest, out);
            }
        }
        out.addAll(findings.list());
        return out;
    }

    private void checkWidth(TableView table, int column, int longest, List<Violation> out) {
        int col = table.firstCol() + column;
        int width = table.sheet().getColumnWidth(col);
        String ref = table.ref(table.headerRow(), column);
        boolean defaultWidth = width == table.sheet().getDefaultColumnWidth() * 256;
        if (defaultWidth && longest > table.sheet().getDefaultColumnWidth()) {
            out.add(violation(Severity.RECOMMENDED, table.sheet(), ref,
                    "column keeps the default width but holds text of " + longest + " characters; set a width"));
        } else if (width < MIN_WIDTH_CHARS * 256) {
            out.add(violation(Severity.RECOMMENDED, table.sheet(), ref,
                    "column is narrower than " + MIN_WIDTH_CHARS + " characters"));
        } else if (width > MAX_WIDTH_CHARS * 256) {
            out.add(violation(Severity.RECOMMENDED, table.sheet(), ref,
                    "column is wider than " + MAX_WIDTH_CHARS + " characters (" + width / 256 + ")"));
        }
    }
}
