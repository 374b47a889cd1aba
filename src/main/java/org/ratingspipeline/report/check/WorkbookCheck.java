package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** One rule of the spreadsheet standard, checked on a workbook re-opened from disk. */
public interface WorkbookCheck {

    /** Rule id from the standard, e.g. {@code G4}. */
    String ruleId();

    /** Severity of the rule; individual violations of an E/R rule may be less severe. */
    Severity severity();

    /** Returns every violation found; an empty list means the rule holds. Must not modify the workbook. */
    List<Violation> check(XSSFWorkbook workbook);
}
