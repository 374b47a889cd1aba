package org.ratingspipeline.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table as a report section writes it, before the workbook numbers it: {@code key} becomes part
 * of the Excel table's name ({@code table_3_regions}), the title is prefixed "Table 3: ".
 * Cell values are {@link String}, {@link Number}, {@link java.time.LocalDate} or {@link Shorthand}.
 * The description's last line is the table's source ("Source: ..."), which the workbook's theme places.
 */
public record TableContent(String key, String title, List<String> description, List<Column> columns,
        List<List<Object>> rows, String sheetName, long rowCount) {

    /**
     * @param rowCount the rows the table has in all, of which {@code rows} are the first: a section that reads only
     *                 the rows a workbook shows says how many there are
     */
    public TableContent {
        if (rowCount < rows.size()) {
            throw new IllegalArgumentException(title + ": " + rows.size() + " rows held, but " + rowCount + " in all");
        }
        requireTextBeforeFigures(title, columns);
    }

    /**
     * A figure is right-aligned and text left-aligned, so text straight after a figure runs into it when printed
     * ("148C" for 148 authorities ranked and band C, and the two headers as one phrase): a table puts its text
     * columns before its figures. A date may precede text; in some tables a judgement and its date alternate.
     */
    private static void requireTextBeforeFigures(String title, List<Column> columns) {
        for (int c = 1; c < columns.size(); c++) {
            Column.Kind before = columns.get(c - 1).kind();
            Column.Kind kind = columns.get(c).kind();
            if (before.numeric() && !kind.numeric() && !kind.temporal()) {
                throw new IllegalArgumentException(title + ": text column \"" + columns.get(c).name()
                        + "\" follows the figures of \"" + columns.get(c - 1).name() + "\"; put text before figures");
            }
        }
    }

    /** A table on a sheet named for its number ({@code Table_3}). */
    public TableContent(String key, String title, List<String> description, List<Column> columns,
            List<List<Object>> rows) {
        this(key, title, description, columns, rows, null, rows.size());
    }

    /**
     * The same table on a sheet of its own name (an authority's profile: {@code Profile_Croydon_spend}); the
     * name must follow the workbook's rules for sheet names, and its title is still numbered "Table 3: ".
     */
    public TableContent onSheet(String name) {
        return new TableContent(key, title, description, columns, rows, name, rowCount);
    }

    /** The same table, whose rows are the first of {@code count} (the store keeps the rest). */
    public TableContent firstRowsOf(long count) {
        return new TableContent(key, title, description, columns, rows, sheetName, count);
    }

    /** The first line of every table sheet's description, as the spreadsheet standard words it. */
    public static final String ONE_TABLE = "This worksheet contains one table.";
    /** The same, for a table whose headers or cells carry note markers. */
    public static final String ONE_TABLE_WITH_NOTES = ONE_TABLE + " Some cells refer to notes which can be found on "
            + "the notes worksheet.";

    /**
     * Whether every cell of these columns in data rows {@code firstRow} to {@code lastRow} is a number: what a chart
     * may plot.
     */
    public boolean numbers(int firstRow, int lastRow, Column... columns) {
        if (firstRow < 0 || lastRow >= rows.size() || lastRow < firstRow) {
            return false;
        }
        for (Column column : columns) {
            int c = indexOf(column);
            if (!rows.subList(firstRow, lastRow + 1).stream().allMatch(row -> row.get(c) instanceof Number)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the column {@code column} names is in this table ({@link Column#sameAs}): a section reads its figures
     * back by column, not by a position that a new column would shift.
     *
     * @throws IllegalArgumentException when this table has no such column, or more than one
     */
    public int indexOf(Column column) {
        int c = Column.indexOf(columns, column);
        if (c < 0) {
            throw new IllegalArgumentException("table " + key + " has no column headed \""
                    + column.header().replace("\n", " ") + "\" (or more than one)");
        }
        return c;
    }

    /** What the one row of a table says when nothing applies at the reporting date. */
    public static final String NONE = "None as at the reporting date";

    /**
     * @param maxRows rows shown at most (0: all)
     * @throws IllegalArgumentException when the description is empty: its last line is the table's source
     */
    public Table numbered(int number, int maxRows) {
        if (description.isEmpty()) {
            throw new IllegalArgumentException(title + ": a table needs a description ending with its source");
        }
        List<String> rowNotes = new ArrayList<>();
        List<List<Object>> shown = rows;
        if (rows.isEmpty()) {
            // A date before the register began or before any judgement is a fair question; the answer is an empty
            // table, which the standard cannot publish, so one row says so, as the sections' own "no changes" rows do.
            rowNotes.add("This table has no rows as at the reporting date: its one row says so.");
            shown = List.of(noneRow());
        }
        if (maxRows > 0 && rowCount > maxRows) {
            rowNotes.add(String.format("This table lists the first %,d of its %,d rows; the rest are in "
                    + "the pipeline's store.", maxRows, rowCount));
            shown = rows.subList(0, Math.min(maxRows, rows.size()));
        }
        return new Table(sheetName == null ? "Table_" + number : sheetName, "table_" + number + "_" + key,
                "Table " + number + ": " + title, description.subList(0, description.size() - 1), rowNotes,
                description.get(description.size() - 1), columns, shown);
    }

    /** {@link #NONE} in the first text column, [z] in every other. */
    private List<Object> noneRow() {
        Column label = columns.stream().filter(c -> c.kind() == Column.Kind.TEXT).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(title + ": a table with no rows and no text column "
                        + "to say so"));
        return sayingRow(columns, Shorthand.NOT_APPLICABLE, Map.of(label.name(), NONE));
    }

    /**
     * The one row a section writes when it has nothing to list ("No changes"): {@code said} in the columns it names,
     * by their names, and {@code fill} in every other. Placed by name, not position, so a column moved in the table
     * takes its words with it.
     *
     * @throws IllegalArgumentException when a name is not one column's of {@code columns}
     */
    public static List<Object> sayingRow(List<Column> columns, Shorthand fill, Map<String, Object> said) {
        Map<String, Object> left = new HashMap<>(said);
        List<Object> row = new ArrayList<>();
        for (Column c : columns) {
            boolean named = left.containsKey(c.name());
            if (named && columns.stream().filter(o -> o.name().equals(c.name())).count() > 1) {
                throw new IllegalArgumentException("\"" + c.name() + "\" names more than one column");
            }
            row.add(named ? left.remove(c.name()) : fill);
        }
        if (!left.isEmpty()) {
            throw new IllegalArgumentException("no column is named " + left.keySet());
        }
        return row;
    }
}
