package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * G6: the row-label column has a header (E, or Excel inserts "Column1"); geography codes sit in
 * their own code columns, not in name columns, and follow the code formats (R).
 */
public final class G6RowLabelsAndCodes extends AbstractCheck {

    private static final Pattern CODE_HEADER = Pattern.compile("(?i)\\bcodes?\\b");
    private static final Pattern VALID_CODE = Pattern.compile("^([EWSNK]\\d{8}|\\d{3}|(\\[[a-z]+\\])+)$");
    private static final Pattern GSS_CODE = Pattern.compile("\\b[EWSNK]\\d{8}\\b");
    /** Names of places: the columns that must not carry codes (free text such as a reason may quote one). */
    private static final Pattern NAME_HEADER = Pattern.compile("(?i)\\b(name|authority|region|area|country)\\b");

    public G6RowLabelsAndCodes() {
        super("G6", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        Findings findings = findings();
        for (TableView table : TableView.onSheets(book, book.layout().tableSheets())) {
            if (table.header(0).isBlank()) {
                out.add(violation(table.sheet(), table.ref(table.headerRow(), 0), "row-label column has no header"));
            }
            for (int c = 0; c < table.columnCount(); c++) {
                if (table.isNumeric(c)) {
                    continue;
                }
                String header = Text.name(table.header(c));
                boolean codeColumn = CODE_HEADER.matcher(header).find();
                boolean nameColumn = NAME_HEADER.matcher(header).find();
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell == null) {
                        continue;
                    }
                    String text = cell.text().strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (codeColumn && !VALID_CODE.matcher(text).matches()) {
                        findings.add(Severity.RECOMMENDED, cell, "value in a code column is not a code: " + text);
                    } else if (!codeColumn && nameColumn && GSS_CODE.matcher(text).find()) {
                        findings.add(Severity.RECOMMENDED, cell, "geography code outside a code column");
                    }
                }
            }
        }
        out.addAll(findings.list());
        return out;
    }
}
