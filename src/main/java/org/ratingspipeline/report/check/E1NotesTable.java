package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** E1: notes live in one table on the Notes sheet: "Note number", "Note text" and optionally "Link". */
public final class E1NotesTable extends AbstractCheck {

    public E1NotesTable() {
        super("E1", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        book.layout().notes().ifPresent(notes -> check(book, notes, out));
        return out;
    }

    private void check(CheckedWorkbook book, XSSFSheet notes, List<Violation> out) {
        List<TableView> tables = TableView.onSheet(book, notes);
        if (tables.size() != 1) {
            out.add(violation(notes, "notes sheet should hold exactly one table; found " + tables.size()));
            return;
        }
        TableView table = tables.get(0);
        String[] expected = {"Note number", "Note text", "Link"};
        int columns = table.columnCount();
        if (columns < 2 || columns > 3) {
            out.add(violation(notes, "notes table should have columns 'Note number', 'Note text' (and optional "
                    + "'Link')"));
            return;
        }
        for (int i = 0; i < columns; i++) {
            if (!table.header(i).strip().equalsIgnoreCase(expected[i])) {
                out.add(violation(notes, table.ref(table.headerRow(), i),
                        "notes column " + (i + 1) + " should be '" + expected[i] + "', not '" + table.header(i) + "'"));
            }
        }
    }
}
