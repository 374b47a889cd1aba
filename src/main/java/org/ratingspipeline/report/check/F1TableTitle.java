package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** F1: A1 of a table sheet is a numbered, bold, large title ("Table 1: ..."). */
public final class F1TableTitle extends AbstractCheck {

    private static final Pattern TITLE = Pattern.compile("^Table \\d+[a-z]?: .+", Pattern.DOTALL);
    static final double MIN_POINTS = 14;

    public F1TableTitle() {
        super("F1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (XSSFSheet sheet : book.layout().tableSheets()) {
            CellSnapshot a1 = book.cells(sheet).get(0, 0);
            if (a1 == null || a1.cellType() != CellType.STRING || a1.text().isBlank()) {
                out.add(violation(sheet, "A1", "table sheet has no title in A1"));
                continue;
            }
            String title = a1.text();
            if (!TITLE.matcher(title).matches()) {
                out.add(violation(a1, "title should start 'Table <n>: ', found: " + title));
            }
            FontFacts font = a1.font();
            if (!font.bold() || font.points() < MIN_POINTS) {
                out.add(violation(a1, "title should be bold and at least " + MIN_POINTS + " pt"));
            }
        }
        return out;
    }
}
