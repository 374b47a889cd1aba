package org.ratingspipeline.report;

import java.util.List;

/**
 * One table sheet: title (A1), the lines that explain it (A2 on), then one marked-up Excel table.
 * Cell values are {@link String}, {@link Number}, {@link java.time.LocalDate} or {@link Shorthand}.
 *
 * @param sheetName the tab, e.g. {@code Table_1}
 * @param tableName the Excel table's name, e.g. {@code table_1_national}
 */
public record Table(String sheetName, String tableName, String title, List<String> description,
                    List<Column> columns, List<List<Object>> rows) {

    public Table {
        description = List.copyOf(description);
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
