package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of one Excel table, addressed by column index within the table
 * (0 = the table's first column), so checks need not repeat the offset arithmetic.
 */
record TableView(XSSFSheet sheet, XSSFTable table, int headerRow, int lastRow, int firstCol, int lastCol) {

    /** Empty when the table's ref is missing or unreadable (G1/G4 report the damage instead). */
    static Optional<TableView> of(XSSFTable table) {
        CellReference start = table.getStartCellReference();
        CellReference end = table.getEndCellReference();
        if (start == null || end == null) {
            return Optional.empty();
        }
        return Optional.of(new TableView(table.getXSSFSheet(), table,
                start.getRow(), end.getRow(), start.getCol(), end.getCol()));
    }

    static List<TableView> onSheet(XSSFSheet sheet) {
        List<TableView> views = new ArrayList<>();
        for (XSSFTable table : sheet.getTables()) {
            of(table).ifPresent(views::add);
        }
        return views;
    }

    static List<TableView> inWorkbook(XSSFWorkbook workbook) {
        List<TableView> views = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            views.addAll(onSheet(workbook.getSheetAt(i)));
        }
        return views;
    }

    static List<TableView> onSheets(List<XSSFSheet> sheets) {
        List<TableView> views = new ArrayList<>();
        for (XSSFSheet sheet : sheets) {
            views.addAll(onSheet(sheet));
        }
        return views;
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

    XSSFCell cell(int row, int column) {
        return Cells.get(sheet, row, firstCol + column);
    }

    XSSFCell headerCell(int column) {
        return cell(headerRow, column);
    }

    String header(int column) {
        return Cells.text(headerCell(column));
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
            org.apache.poi.xssf.usermodel.XSSFCell cell = cell(r, column);
            if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                if (!org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
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
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            String text = Cells.text(sheet, r, 0);
            if (!text.isBlank()) {
                lines.add(text);
            }
        }
        return lines;
    }
}
