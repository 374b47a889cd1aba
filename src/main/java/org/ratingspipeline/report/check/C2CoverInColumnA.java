package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * C2: cover content is one paragraph per row in column A, widened and wrapped, so screen
 * readers read it top to bottom and nothing is cut off.
 */
public final class C2CoverInColumnA extends CoverCheck {

    static final int MIN_WIDTH_CHARS = 60;

    public C2CoverInColumnA() {
        super("C2", Severity.ESSENTIAL);
    }

    @Override
    protected List<Violation> checkCover(CheckedWorkbook book, XSSFSheet cover) {
        List<Violation> out = new ArrayList<>();
        int width = cover.getColumnWidth(0);
        if (width < MIN_WIDTH_CHARS * 256) {
            out.add(violation(cover, "column A is " + width / 256 + " characters wide; widen it to at least "
                    + MIN_WIDTH_CHARS));
        }
        Findings findings = findings();
        for (CellSnapshot cell : book.cells(cover).nonBlank()) {
            if (cell.col() != 0) {
                findings.add(cell, "cover content must be in column A");
            } else if (!cell.style().wrapped()) {
                findings.add(cell, "cover text is not wrapped");
            }
        }
        out.addAll(findings.list());
        return out;
    }
}
