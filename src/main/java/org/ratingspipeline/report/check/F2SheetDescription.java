package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** F2: A2 tells screen reader users what the sheet holds, with the count as a word ("one"). */
public final class F2SheetDescription extends AbstractCheck {

    private static final String OPENING = "This worksheet contains";
    private static final Pattern DIGIT_COUNT = Pattern.compile("^This worksheet contains \\d");

    public F2SheetDescription() {
        super("F2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (XSSFSheet sheet : book.layout().tableSheets()) {
            String a2 = book.cells(sheet).text(1, 0).strip();
            if (!a2.startsWith(OPENING)) {
                out.add(violation(sheet, "A2", "A2 should start '" + OPENING + " one table.'"));
            } else if (DIGIT_COUNT.matcher(a2).find()) {
                out.add(violation(sheet, "A2", "write the number of tables as a word ('one table')"));
            }
        }
        return out;
    }
}
