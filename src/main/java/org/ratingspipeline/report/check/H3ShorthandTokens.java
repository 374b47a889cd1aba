package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Set;

/** H3: shorthand is lower case, one token per bracket, from the AF set (or our documented extension). */
public final class H3ShorthandTokens extends AbstractCheck {

    /** AF "Using symbols and shorthand" (2022). */
    public static final Set<String> AF_TOKENS = Set.of("b", "c", "e", "f", "low", "p", "r", "u", "w", "x", "z");

    private final Set<String> allowed;

    public H3ShorthandTokens() {
        this(AF_TOKENS);
    }

    public H3ShorthandTokens(Set<String> allowed) {
        super("H3", Severity.RECOMMENDED);
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null) {
                        continue;
                    }
                    for (String token : Text.shorthandTokens(cell.text())) {
                        if (!allowed.contains(token)) {
                            findings.add(cell, "shorthand [" + token + "] is not a lower-case token from "
                                    + "the AF set; use one token per bracket, e.g. [r][e]");
                        }
                    }
                }
            }
        }
        return findings.list();
    }
}
