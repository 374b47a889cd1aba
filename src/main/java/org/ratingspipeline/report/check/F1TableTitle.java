package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** F1: A1 of a table sheet is a numbered, bold, large title ("Table 1: ..."). */
public final class F1TableTitle extends AbstractCheck {

    private static final Pattern TITLE = Pattern.compile("^Table \\d+[a-z]?: .+", Pattern.DOTALL);
    static final double MIN_POINTS = 14;

    public F1TableTitle() {
        super("F1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        List<Violation> out = new ArrayList<>();
        for (XSSFSheet sheet : WorkbookLayout.of(workbook).tableSheets()) {
            XSSFCell a1 = Cells.get(sheet, 0, 0);
            if (a1 == null || a1.getCellType() != CellType.STRING || a1.getStringCellValue().isBlank()) {
                out.add(violation(sheet, "A1", "table sheet has no title in A1"));
                continue;
            }
            String title = a1.getStringCellValue();
            if (!TITLE.matcher(title).matches()) {
                out.add(violation(a1, "title should start 'Table <n>: ', found: " + title));
            }
            XSSFFont font = Cells.font(a1);
            if (!font.getBold() || Cells.points(font) < MIN_POINTS) {
                out.add(violation(a1, "title should be bold and at least " + MIN_POINTS + " pt"));
            }
        }
        return out;
    }
}
