package org.ratingspipeline.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One table sheet: title (A1), the lines that explain it (A2 on), then one marked-up Excel table.
 * Cell values are {@link String}, {@link Number}, {@link java.time.LocalDate} or {@link Shorthand}.
 * The lines are kept apart by what they say, so the workbook's theme can order them.
 *
 * @param sheetName   the tab, e.g. {@code Table_1}
 * @param tableName   the Excel table's name, e.g. {@code table_1_national}
 * @param description what the table holds
 * @param rowNotes    what numbering the table added: it has no rows, or lists only its first rows
 * @param source      where its numbers come from; null for the workbook's own Contents and Notes
 */
public record Table(String sheetName, String tableName, String title, List<String> description,
                    List<String> rowNotes, String source, List<Column> columns, List<List<Object>> rows) {

    /** A table whose lines are all description: the workbook's own Contents and Notes. */
    public Table(String sheetName, String tableName, String title, List<String> description, List<Column> columns,
                 List<List<Object>> rows) {
        this(sheetName, tableName, title, description, List.of(), null, columns, rows);
    }

    /** The lines in reading order: description, row notes, source. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(description);
        lines.addAll(rowNotes);
        if (source != null) {
            lines.add(source);
        }
        return lines;
    }

    public Table {
        description = List.copyOf(description);
        rowNotes = List.copyOf(rowNotes);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(sheetName + ": a table needs at least one row");
        }
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(sheetName + ": row " + row + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}
