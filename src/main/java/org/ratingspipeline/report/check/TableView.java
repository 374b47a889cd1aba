package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * The cells of one Excel table, addressed by column index within the table
 * (0 = the table's first column), so checks need not repeat the offset arithmetic.
 * Cells come from the run's reading of the sheet, which is made when a cell is first asked for.
 */
record TableView(CheckedWorkbook book, XSSFSheet sheet, XSSFTable table, int headerRow, int lastRow,
                 int firstCol, int lastCol) {

    /** Empty when the table's ref is missing or unreadable (G1/G4 report the damage instead). */
    static Optional<TableView> of(CheckedWorkbook book, XSSFTable table) {
        CellReference start = table.getStartCellReference();
        CellReference end = table.getEndCellReference();
        if (start == null || end == null) {
            return Optional.empty();
        }
        return Optional.of(new TableView(book, table.getXSSFSheet(), table,
                start.getRow(), end.getRow(), start.getCol(), end.getCol()));
    }

    static List<TableView> onSheet(CheckedWorkbook book, XSSFSheet sheet) {
        List<TableView> views = new ArrayList<>();
        for (XSSFTable table : sheet.getTables()) {
            of(book, table).ifPresent(views::add);
        }
        return views;
    }

    static List<TableView> inWorkbook(CheckedWorkbook book) {
        return onSheets(book, book.sheets());
    }

    static List<TableView> onSheets(CheckedWorkbook book, List<XSSFSheet> sheets) {
        List<TableView> views = new ArrayList<>();
        for (XSSFSheet sheet : sheets) {
            views.addAll(onSheet(book, sheet));
        }
        return views;
    }

    /**
     * The cells present in the data rows of the numeric columns of every table on the table sheets: what data
     * rules E5, H2 and I3 look at, table by table, column by column, top to bottom.
     */
    static List<CellSnapshot> numericDataCells(CheckedWorkbook book) {
        List<CellSnapshot> cells = new ArrayList<>();
        for (TableView table : onSheets(book, book.layout().tableSheets())) {
            for (int c = 0; c < table.columnCount(); c++) {
                if (!table.isNumeric(c)) {
                    continue;
                }
                for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                    CellSnapshot cell = table.cell(r, c);
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
            }
        }
        return cells;
    }

    int columnCount() {
        return lastCol - firstCol + 1;
    }

    int firstDataRow() {
        return headerRow + 1;
    }

    /** Totals rows are not data (G1 reports them separately). */
    int lastDataRow() {
        return lastRow - (int) table.getTotalsRowCount();
    }

    /** Null where no cell is present. */
    CellSnapshot cell(int row, int column) {
        return book.cells(sheet).get(row, firstCol + column);
    }

    /** "" where no cell is present. */
    String text(int row, int column) {
        return book.cells(sheet).text(row, firstCol + column);
    }

    CellSnapshot headerCell(int column) {
        return cell(headerRow, column);
    }

    String header(int column) {
        return text(headerRow, column);
    }

    /** By house convention a numeric column is one whose header carries a unit line, e.g. "Share\n(%)". */
    boolean isNumeric(int column) {
        return Text.hasUnitLine(header(column));
    }

    /**
     * A column of calendar dates: every number in it has a date format. A date is not a quantity,
     * so it needs no unit line, and it is right-aligned like a number.
     */
    boolean isDate(int column) {
        boolean anyDate = false;
        for (int r = firstDataRow(); r <= lastDataRow(); r++) {
            CellSnapshot cell = cell(r, column);
            if (cell != null && cell.cellType() == CellType.NUMERIC) {
                if (!cell.isDateFormatted()) {
                    return false;
                }
                anyDate = true;
            }
        }
        return anyDate;
    }

    boolean isYear(int column) {
        return Text.isYearHeader(header(column));
    }

    String ref(int row, int column) {
        return Cells.ref(row, firstCol + column);
    }

    String name() {
        return table.getName();
    }

    boolean contains(int row, int col) {
        return row >= headerRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }

    boolean isHeaderRow(int row, int col) {
        return row == headerRow && col >= firstCol && col <= lastCol;
    }

    /** Rows above the header in column A: the title, the description and the explanations (F1-F3). */
    List<String> textAbove() {
        SheetCells cells = book.cells(sheet);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            String text = cells.text(r, 0);
            if (!text.isBlank()) {
                lines.add(text);
            }
        }
        return lines;
    }
}
