package org.ratingspipeline.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

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
        return fill(words(line), units, text -> PrintLayout.reach(text, points, false));
    }

    /**
     * A table's header with its lines broken at spaces, so that no line is estimated wider than {@code units} in
     * bold. A spreadsheet program wraps a header at its own measure of the font, which is a little narrower than
     * {@link TextFit}'s, so left to wrap it fills the column to its edge and runs into the next column's header
     * ("First monitoring Last monitoring visit", printed by LibreOffice); broken here, each line keeps the room
     * the column was given beside it, in every program alike. Only the name, the header's first line, is broken:
     * the unit and note markers' lines stay whole, as the checker reads them (a unit wider than its column still
     * wraps where the program wraps it). A word in brackets is never put at the start of a line, so a line of the
     * name cannot be read as the unit line "(number)".
     */
    static String header(String header, double units, double points) {
        int end = header.indexOf('\n');
        String name = end < 0 ? header : header.substring(0, end);
        if (TextFit.width(name, points, true) <= units) {
            return header;
        }
        return String.join("\n", fill(nameWords(name), units, text -> TextFit.width(text, points, true)))
                + (end < 0 ? "" : header.substring(end));
    }

    /** The words in as few rows as keep each within {@code units} by {@code reach}; a wider word has its own. */
    private static List<String> fill(List<String> words, double units, ToDoubleFunction<String> reach) {
        List<String> rows = new ArrayList<>();
        String row = null;
        for (String word : words) {
            String longer = row == null ? word : row + " " + word;
            if (row != null && reach.applyAsDouble(longer) > units) {
                rows.add(row);
                row = word;
            } else {
                row = longer;
            }
        }
        rows.add(row);
        return rows;
    }

    /** The words of a header's line, a word that opens a bracket joined to the word before it. */
    private static List<String> nameWords(String line) {
        List<String> words = new ArrayList<>();
        for (String word : words(line)) {
            if (word.startsWith("(") && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
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
