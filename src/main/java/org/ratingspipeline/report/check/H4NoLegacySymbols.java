package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** H4: no legacy or ambiguous symbols in table cells; screen readers read ":" or ".." badly. */
public final class H4NoLegacySymbols extends AbstractCheck {

    private static final Set<String> LEGACY = Set.of(":", "..", ".", "-", "~", "*", "\u2020", "n/a", "na", "null",
            "\u2013", "\u2014");

    public H4NoLegacySymbols() {
        super("H4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(WorkbookLayout.of(workbook).tableSheets())) {
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    XSSFCell cell = table.cell(r, c);
                    if (cell == null || cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue().strip();
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
