package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** B4: the contents table lists every sheet after Notes (tables and charts), once, and nothing else. */
public final class B4ContentsComplete extends AbstractCheck {

    public B4ContentsComplete() {
        super("B4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        WorkbookLayout layout = book.layout();
        if (layout.contents().isEmpty()) {
            return out;
        }
        XSSFSheet contents = layout.contents().get();
        List<TableView> tables = TableView.onSheet(book, contents);
        if (tables.isEmpty()) {
            return out; // D2 reports the missing contents table
        }
        TableView table = tables.get(0);
        Set<String> listed = new LinkedHashSet<>();
        for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
            String name = table.text(r, 0).strip();
            if (!listed.add(name)) {
                out.add(violation(contents, table.ref(r, 0), "sheet listed twice: " + name));
            }
        }
        Set<String> expected = new LinkedHashSet<>();
        layout.dataSheets().forEach(s -> expected.add(s.getSheetName()));
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(listed);
        Set<String> extra = new HashSet<>(listed);
        extra.removeAll(expected);
        for (String name : missing) {
            out.add(violation(contents, "sheet " + name + " has no row in the contents table"));
        }
        for (String name : extra) {
            out.add(violation(contents, "contents row '" + name + "' is not a data sheet of this workbook"));
        }
        return out;
    }
}
