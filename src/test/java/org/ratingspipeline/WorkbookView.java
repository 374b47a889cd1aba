package org.ratingspipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A written workbook re-opened from disk, read the way a person sees it: each cell as Excel
 * displays it (number formats applied), each table by its header names.
 */
public final class WorkbookView implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final DataFormatter formatter = new DataFormatter(java.util.Locale.UK);

    private WorkbookView(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static WorkbookView open(Path file) throws IOException {
        try {
            return new WorkbookView(new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ)));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The text a reader sees in a cell, e.g. {@code text("Table_1", "B7")}. */
    public String text(String sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = workbook.getSheet(sheet).getRow(r.getRow());
        return row == null ? "" : display(row.getCell(r.getCol()));
    }

    public Cell cell(String sheet, String ref) {
        CellReference r = new CellReference(ref);
        return workbook.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }

    /** The sheet's one table: the header row, then each data row, as displayed. */
    public List<List<String>> table(String sheetName) {
        XSSFSheet sheet = workbook.getSheet(sheetName);
        XSSFTable table = sheet.getTables().get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int r = table.getStartRowIndex(); r <= table.getEndRowIndex(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                cells.add(display(sheet.getRow(r).getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The data row whose first cell starts with the label, as header to displayed value. */
    public java.util.Map<String, String> row(String sheetName, String firstCellStartsWith) {
        List<List<String>> rows = table(sheetName);
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(0).startsWith(firstCellStartsWith)) {
                java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(header.get(i), row.get(i));
                }
                return map;
            }
        }
        throw new AssertionError("no row starting '" + firstCellStartsWith + "' in " + sheetName + ": " + rows);
    }

    /** Every data row of the table whose column {@code column} equals the value. */
    public List<java.util.Map<String, String>> rowsWhere(String sheetName, String column, String value) {
        List<List<String>> rows = table(sheetName);
        List<String> header = rows.get(0);
        int index = header.indexOf(column);
        if (index < 0) {
            throw new AssertionError("no column '" + column + "' in " + header);
        }
        List<java.util.Map<String, String>> found = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (Objects.equals(row.get(index), value)) {
                java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(header.get(i), row.get(i));
                }
                found.add(map);
            }
        }
        return found;
    }

    /**
     * The cells of the numbered table whose Excel name ends with the key ({@code "_regions"} finds
     * {@code table_2_regions} whatever its number), header row first.
     */
    public List<List<Cell>> tableCells(String key) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (XSSFTable t : sheet.getTables()) {
                if (t.getName().matches("table_\\d+" + java.util.regex.Pattern.quote(key))) {
                    List<List<Cell>> rows = new ArrayList<>();
                    for (int r = t.getStartRowIndex(); r <= t.getEndRowIndex(); r++) {
                        List<Cell> cells = new ArrayList<>();
                        for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
                            cells.add(sheet.getRow(r).getCell(c));
                        }
                        rows.add(cells);
                    }
                    return rows;
                }
            }
        }
        throw new AssertionError("no table named table_<n>" + key);
    }

    /** Whether the cell holds a number (not text that looks like one). */
    public boolean numeric(String sheet, String ref) {
        return cell(sheet, ref).getCellType() == CellType.NUMERIC;
    }

    private String display(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
