package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A rule about the cover, which is the first sheet whatever its name (see {@link WorkbookLayout}). A workbook
 * without sheets has no cover to hold to the rule.
 */
abstract class CoverCheck extends AbstractCheck {

    protected CoverCheck(String ruleId, Severity severity) {
        super(ruleId, severity);
    }

    @Override
    public final List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        return workbook.getNumberOfSheets() == 0 ? List.of() : checkCover(book, workbook.getSheetAt(0));
    }

    /** Every violation of the rule on the cover. */
    protected abstract List<Violation> checkCover(CheckedWorkbook book, XSSFSheet cover);
}
