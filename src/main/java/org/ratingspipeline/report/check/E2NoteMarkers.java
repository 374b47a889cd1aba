package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;

/**
 * E2: note ids are {@code [note n]}; no superscript (neither formatted nor as Unicode superscript
 * digits) and no symbol markers, because screen readers skip or garble them.
 */
public final class E2NoteMarkers extends AbstractCheck {

    private static final Pattern SYMBOL_MARKER = Pattern.compile("[\u2020\u2021\u00a7\u00b6]|\\w\\*+(\\s|$)");
    private static final Pattern SUPERSCRIPT_CHAR = Pattern.compile("[\u00b9\u00b2\u00b3\u2070-\u207f]");

    /** What {@link #SYMBOL_MARKER} needs before it can match: an asterisk or one of its symbols. */
    private static final String MARKER_NEEDS = "*\u2020\u2021\u00a7\u00b6";

    public E2NoteMarkers() {
        super("E2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        book.layout().notes().ifPresent(notes -> {
            for (TableView table : TableView.onSheet(book, notes)) {
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    String id = table.text(r, 0).strip();
                    if (!Text.NOTE_ID.matcher(id).matches()) {
                        out.add(violation(notes, table.ref(r, 0),
                                "note id should look like [note 1], not '" + id + "'"));
                    }
                }
            }
        });
        Findings findings = findings();
        for (CellSnapshot cell : book.nonBlankCells()) {
            if (cell.cellType() != CellType.STRING) {
                continue;
            }
            String text = cell.text();
            if (cell.font().superscript() || cell.runFonts().stream().anyMatch(FontFacts::superscript)) {
                findings.add(cell, "superscript formatting; write notes as [note n]");
            }
            if (SUPERSCRIPT_CHAR.matcher(text).find()) {
                findings.add(cell, "superscript character; write notes as [note n]");
            }
            if (Text.containsAnyOf(text, MARKER_NEEDS) && SYMBOL_MARKER.matcher(text).find()) {
                findings.add(cell, "symbol used as a note marker; write notes as [note n]");
            }
        }
        out.addAll(findings.list());
        return out;
    }
}
