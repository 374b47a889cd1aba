package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * B1: Cover, Contents, then Notes (when there are notes), then the data sheets. Names are matched
 * loosely, as the DfT checker does, so both "Cover" and "Cover_sheet" pass.
 */
public final class B1SheetOrder extends AbstractCheck {

    public B1SheetOrder() {
        super("B1", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        int count = workbook.getNumberOfSheets();
        if (count < 2) {
            out.add(violation("workbook needs at least a cover and a contents sheet; it has " + count + " sheet(s)"));
        }
        if (count > 0 && !lower(workbook.getSheetName(0)).contains("cover")) {
            out.add(violation(workbook.getSheetAt(0), "first sheet should be the cover"));
        }
        if (count > 1 && !lower(workbook.getSheetName(1)).contains("content")) {
            out.add(violation(workbook.getSheetAt(1), "second sheet should be the contents"));
        }
        for (int i = 0; i < count; i++) {
            String name = lower(workbook.getSheetName(i));
            if (i != 0 && name.contains("cover")) {
                out.add(violation(workbook.getSheetAt(i), "cover sheet is not the first sheet"));
            }
            if (i != 1 && name.contains("content")) {
                out.add(violation(workbook.getSheetAt(i), "contents sheet is not the second sheet"));
            }
            if (i != 2 && WorkbookLayout.isNotesName(name)) {
                out.add(violation(workbook.getSheetAt(i), "notes sheet is not the third sheet"));
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
