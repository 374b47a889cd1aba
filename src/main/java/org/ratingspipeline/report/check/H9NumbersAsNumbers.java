package org.ratingspipeline.report.check;

import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * H9: no "number stored as text" warnings. Numbers are numeric cells; number-like identifiers
 * (old LA code "306") are text covered by an ignored-error range.
 */
public final class H9NumbersAsNumbers extends AbstractCheck {

    private static final Pattern NUMBER_LIKE = Pattern.compile("^[-+]?(\\d[\\d,]*)(\\.\\d+)?%?$");

    public H9NumbersAsNumbers() {
        super("H9", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            XSSFSheet sheet = table.sheet();
            Set<CellRangeAddress> ignored = ignoredNumberAsText(sheet);
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null || cell.cellType() != CellType.STRING
                            || !NUMBER_LIKE.matcher(cell.text().strip()).matches()) {
                        continue;
                    }
                    boolean covered = ignored.stream().anyMatch(a -> a.isInRange(cell.row(), cell.col()));
                    if (table.isNumeric(c)) {
                        findings.add(cell, "number stored as text in a numeric column");
                    } else if (!covered) {
                        findings.add(cell, "number-like text without an ignored NUMBER_STORED_AS_TEXT error");
                    }
                }
            }
        }
        return findings.list();
    }

    private static Set<CellRangeAddress> ignoredNumberAsText(XSSFSheet sheet) {
        Map<IgnoredErrorType, Set<CellRangeAddress>> errors = sheet.getIgnoredErrors();
        return errors.getOrDefault(IgnoredErrorType.NUMBER_STORED_AS_TEXT, Set.of());
    }
}
