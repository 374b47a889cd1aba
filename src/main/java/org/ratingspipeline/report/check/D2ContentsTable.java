package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** D2: the contents are a marked-up table headed "Sheet name" and "Table description" (or "Sheet title"). */
public final class D2ContentsTable extends AbstractCheck {

    private static final Set<String> SECOND_HEADERS = Set.of("table description", "sheet title");

    public D2ContentsTable() {
        super("D2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        WorkbookLayout layout = book.layout();
        if (layout.contents().isEmpty()) {
            out.add(violation("workbook has no contents sheet"));
            return out;
        }
        XSSFSheet contents = layout.contents().get();
        List<TableView> tables = TableView.onSheet(book, contents);
        if (tables.size() != 1) {
            out.add(violation(contents, "contents must be one marked-up table; found " + tables.size()));
            return out;
        }
        TableView table = tables.get(0);
        if (table.columnCount() < 2) {
            out.add(violation(contents, "contents table needs 'Sheet name' and 'Table description' columns"));
            return out;
        }
        if (!table.header(0).strip().equalsIgnoreCase("Sheet name")) {
            out.add(violation(contents, table.ref(table.headerRow(), 0), "first contents column should be 'Sheet "
                    + "name'"));
        }
        if (!SECOND_HEADERS.contains(table.header(1).strip().toLowerCase(Locale.ROOT))) {
            out.add(violation(contents, table.ref(table.headerRow(), 1),
                    "second contents column should be 'Table description' or 'Sheet title'"));
        }
        return out;
    }
}
