package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * E3: notes are numbered in order of first appearance, reading the data sheets from A1 across
 * rows then down (gptables' rule), so a reader meets note 1 before note 2.
 */
public final class E3NotesInOrder extends AbstractCheck {

    public E3NotesInOrder() {
        super("E3", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (XSSFSheet sheet : book.layout().dataSheets()) {
            for (CellSnapshot cell : book.cells(sheet).nonBlank()) {
                for (int number : Text.noteNumbers(cell.text())) {
                    if (seen.contains(number)) {
                        continue;
                    }
                    int expected = seen.size() + 1;
                    seen.add(number);
                    if (number != expected) {
                        out.add(violation(cell, "[note " + number + "] is the " + ordinal(expected)
                                + " note to appear; number notes in order of appearance"));
                    }
                }
            }
        }
        return out;
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}
