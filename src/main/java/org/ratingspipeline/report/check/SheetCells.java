package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The physically present cells of one sheet, read once per check run, in reading order and by position. */
final class SheetCells {

    private final XSSFSheet sheet;
    private final List<CellSnapshot> all;
    private final List<CellSnapshot> nonBlank;
    /** Indexed by row, then column; null where the sheet has no row or no cell. */
    private final CellSnapshot[][] byPosition;

    private SheetCells(XSSFSheet sheet, List<CellSnapshot> all, CellSnapshot[][] byPosition) {
        this.sheet = sheet;
        this.all = List.copyOf(all);
        this.nonBlank = all.stream().filter(c -> !c.isBlank()).toList();
        this.byPosition = byPosition;
    }

    static SheetCells read(XSSFSheet sheet, CellReader reader) {
        List<CellSnapshot> all = new ArrayList<>();
        CellSnapshot[][] byPosition = new CellSnapshot[sheet.getLastRowNum() + 1][];
        for (Row row : sheet) {
            int r = row.getRowNum();
            CellSnapshot[] cells = new CellSnapshot[Math.max(row.getLastCellNum(), 0)];
            for (Cell cell : row) {
                CellSnapshot snapshot = reader.read((XSSFCell) cell, r);
                cells[snapshot.col()] = snapshot;
                all.add(snapshot);
            }
            byPosition[r] = cells;
        }
        return new SheetCells(sheet, all, byPosition);
    }

    /**
     * The cells read off the sheet's XML ({@link WorksheetXml}), rows then columns, for a sheet that POI opened without
     * them: laid out as {@link #read} lays out POI's.
     */
    static SheetCells of(XSSFSheet sheet, List<PlainCell> plain, CellReader reader, XSSFWorkbook workbook) {
        SharedStringsTable strings = workbook.getSharedStringSource();
        StylesTable styles = workbook.getStylesSource();
        List<CellSnapshot> all = new ArrayList<>(plain.size());
        CellSnapshot[][] byPosition = new CellSnapshot[Math.max(sheet.getLastRowNum() + 1, 0)][];
        for (Row row : sheet) {
            byPosition[row.getRowNum()] = new CellSnapshot[0];
        }
        for (int i = 0; i < plain.size(); ) {
            int r = plain.get(i).row();
            int end = i;
            while (end < plain.size() && plain.get(end).row() == r) {
                end++;
            }
            if (r >= byPosition.length) {
                throw new NotPlain("a cell below the sheet's last row");
            }
            CellSnapshot[] cells = new CellSnapshot[plain.get(end - 1).col() + 1];
            for (; i < end; i++) {
                CellSnapshot snapshot = reader.read(plain.get(i), sheet, strings, styles);
                cells[snapshot.col()] = snapshot;
                all.add(snapshot);
            }
            byPosition[r] = cells;
        }
        return new SheetCells(sheet, all, byPosition);
    }

    XSSFSheet sheet() {
        return sheet;
    }

    /** Every present cell, blank ones included, across rows then down. */
    List<CellSnapshot> all() {
        return all;
    }

    List<CellSnapshot> nonBlank() {
        return nonBlank;
    }

    /** The cell at a position, or null where none is present (as POI's Row.getCell gives it). */
    CellSnapshot get(int row, int col) {
        if (row < 0 || row >= byPosition.length || byPosition[row] == null) {
            return null;
        }
        CellSnapshot[] cells = byPosition[row];
        return col < 0 || col >= cells.length ? null : cells[col];
    }

    /** "" where no cell is present, so a missing cell reads as blank. */
    String text(int row, int col) {
        CellSnapshot cell = get(row, col);
        return cell == null ? "" : cell.text();
    }
}
