package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** E4: every note marker used has a row in the notes table, and every listed note is used. */
public final class E4NotesReferenced extends AbstractCheck {

    public E4NotesReferenced() {
        super("E4", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        WorkbookLayout layout = book.layout();
        Map<Integer, CellSnapshot> used = new LinkedHashMap<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            // the contents sheet repeats titles and the notes sheet defines the notes; neither is a use
            if (layout.contents().orElse(null) == sheet || layout.notes().orElse(null) == sheet) {
                continue;
            }
            for (CellSnapshot cell : book.cells(sheet).nonBlank()) {
                for (int number : Text.noteNumbers(cell.text())) {
                    used.putIfAbsent(number, cell);
                }
            }
        }
        Map<Integer, String> listed = new LinkedHashMap<>();
        Optional<XSSFSheet> notes = layout.notes();
        if (notes.isPresent()) {
            for (TableView table : TableView.onSheet(book, notes.get())) {
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    Matcher m = Text.NOTE_ID.matcher(table.text(r, 0).strip());
                    if (m.matches()) {
                        listed.putIfAbsent(Integer.parseInt(m.group(1)), table.ref(r, 0));
                    }
                }
            }
        }
        used.forEach((number, cell) -> {
            if (!listed.containsKey(number)) {
                out.add(violation(cell, "[note " + number + "] is used but not listed on a notes sheet"));
            }
        });
        listed.forEach((number, ref) -> {
            if (!used.containsKey(number)) {
                out.add(violation(notes.get(), ref, "[note " + number + "] is listed but never referenced"));
            }
        });
        return out;
    }
}
