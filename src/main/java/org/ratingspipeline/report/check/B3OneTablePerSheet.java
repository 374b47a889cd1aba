package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** B3: one table per sheet, so "This worksheet contains one table." stays true and navigation is simple. */
public final class B3OneTablePerSheet extends AbstractCheck {

    public B3OneTablePerSheet() {
        super("B3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        WorkbookLayout layout = book.layout();
        layout.cover().ifPresent(cover -> {
            if (cover.getTables().size() > 1) {
                out.add(violation(cover, "cover has " + cover.getTables().size() + " tables; at most one"));
            }
        });
        List<XSSFSheet> withOneTable = new ArrayList<>();
        layout.contents().ifPresent(withOneTable::add);
        layout.notes().ifPresent(withOneTable::add);
        withOneTable.addAll(layout.tableSheets());
        for (XSSFSheet sheet : withOneTable) {
            int tables = sheet.getTables().size();
            // zero tables is G1's (or D2's) finding; B3 is only about several
            if (tables > 1) {
                out.add(violation(sheet, "sheet has " + tables + " tables; put each on its own sheet"));
            }
        }
        return out;
    }
}
