package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * F3: every shorthand token used in a table is explained above it (or, for workbook-wide
 * tokens, on the cover or notes sheet), and the source is stated.
 */
public final class F3ShorthandExplained extends AbstractCheck {

    public F3ShorthandExplained() {
        super("F3", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        WorkbookLayout layout = book.layout();
        List<String> workbookWide = new ArrayList<>();
        layout.cover().ifPresent(s -> workbookWide.addAll(texts(book.cells(s))));
        layout.notes().ifPresent(s -> workbookWide.addAll(texts(book.cells(s))));
        for (TableView table : TableView.onSheets(book, layout.tableSheets())) {
            List<String> above = table.textAbove();
            Map<String, CellSnapshot> used = new LinkedHashMap<>();
            for (int r = table.headerRow(); r <= table.lastRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null) {
                        continue;
                    }
                    for (String token : Text.shorthandTokens(cell.text())) {
                        used.putIfAbsent(token, cell);
                    }
                }
            }
            used.forEach((token, cell) -> {
                if (!explained(token, above) && !explained(token, workbookWide)) {
                    out.add(violation(cell, "shorthand [" + token + "] is not explained above the table"));
                }
            });
            boolean source = above.stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).startsWith("source"));
            if (!source) {
                out.add(violation(Severity.RECOMMENDED, table.sheet(), null,
                        "no 'Source: ...' row above the table"));
            }
        }
        return out;
    }

    /** Explained = a line that shows the bracketed token and says something else besides. */
    private static boolean explained(String token, List<String> lines) {
        String marker = "[" + token + "]";
        for (String line : lines) {
            if (line.contains(marker) && line.replace(marker, "").chars().anyMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(SheetCells cells) {
        List<String> texts = new ArrayList<>();
        for (CellSnapshot cell : cells.nonBlank()) {
            texts.add(cell.text());
        }
        return texts;
    }
}
