package org.ratingspipeline.report.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line written unwrapped above a table (a description, a note, the source) into consecutive rows that each
 * reach no further right than a given width, at spaces. Unwrapped, so a screen reader reads each row as a sentence
 * or its continuation, and a spreadsheet shows the line as written; split, so the print area, which reaches as far as
 * the widest line ({@link PrintLayout}), stays as narrow as the table or a landscape page and the table prints at
 * the size it needs rather than shrunk to make room for one long line.
 */
final class LineBreaks {

    private LineBreaks() {
    }

    /**
     * The line itself if it reaches no further than {@code units}, else its words in as few rows as keep each within
     * {@code units} (a word wider than that has a row of its own). A note marker ({@code [note 1, 2]}) is not
     * broken, so each row's markers read as markers.
     *
     * @param points the line's size (regular, not bold)
     */
    static List<String> within(String line, double units, double points) {
        if (PrintLayout.reach(line, points, false) <= units) {
            return List.of(line);
        }
        List<String> rows = new ArrayList<>();
        String row = null;
        for (String word : words(line)) {
            String longer = row == null ? word : row + " " + word;
            if (row != null && PrintLayout.reach(longer, points, false) > units) {
                rows.add(row);
                row = word;
            } else {
                row = longer;
            }
        }
        rows.add(row);
        return rows;
    }

    /** The line cut at each space outside square brackets. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
            } else if (c == ' ' && depth == 0) {
                words.add(line.substring(start, i));
                start = i + 1;
            }
        }
        words.add(line.substring(start));
        return words;
    }
}
