package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;

/** H4: no legacy or ambiguous symbols in table cells; screen readers read ":" or ".." badly. */
public final class H4NoLegacySymbols extends AbstractCheck {

    private static final Set<String> LEGACY = Set.of(":", "..", ".", "-", "~", "*", "\u2020", "n/a", "na", "null",
            "\u2013", "\u2014");

    public H4NoLegacySymbols() {
        super("H4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null || cell.cellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.text().strip();
                    if (LEGACY.contains(text.toLowerCase(Locale.ROOT))) {
                        findings.add(cell, "legacy symbol '" + text + "'; use shorthand such as [x] or [z]");
                    } else if (!text.isEmpty() && text.chars().noneMatch(Character::isLetterOrDigit)) {
                        findings.add(cell, "cell holds only symbols '" + text + "'");
                    }
                }
            }
        }
        return findings.list();
    }
}
