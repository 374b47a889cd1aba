package org.ratingspipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
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
    private final DataFormatter formatter = new DataFormatter(Locale.UK);

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

    /**
     * A sheet by its name ({@code Cover}, {@code Table_3}) or by the key of the table on it
     * ({@code data_quality} finds the sheet holding {@code table_7_data_quality}), so tests do not
     * depend on how many tables come before.
     */
    public XSSFSheet sheet(String nameOrKey) {
        XSSFSheet sheet = workbook.getSheet(nameOrKey);
        if (sheet != null) {
            return sheet;
        }
        for (org.apache.poi.ss.usermodel.Sheet s : workbook) {
            for (XSSFTable t : ((XSSFSheet) s).getTables()) {
                if (t.getName().matches("table_\\d+_" + Pattern.quote(nameOrKey))) {
                    return (XSSFSheet) s;
                }
            }
        }
        throw new AssertionError("no sheet or table '" + nameOrKey + "' in " + sheetNames());
    }

    /** The sheet name of the table built under {@code key}, e.g. {@code Table_3}. */
    public String sheetOf(String key) {
        return sheet(key).getSheetName();
    }

    /** The data rows of a sheet's table as header to displayed value. */
    public List<Map<String, String>> rows(String sheetName) {
        List<List<String>> rows = table(sheetName);
        List<Map<String, String>> maps = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                map.put(withoutNotes(rows.get(0).get(i)), row.get(i));
            }
            maps.add(map);
        }
        return maps;
    }

    /** The text a reader sees in a cell, e.g. {@code text("national", "B7")}. */
    public String text(String sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet(sheet).getRow(r.getRow());
        return row == null ? "" : display(row.getCell(r.getCol()));
    }

    public Cell cell(String sheet, String ref) {
        CellReference r = new CellReference(ref);
        return sheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }

    /**
     * The text above the sheet's table, its column A row by row joined with spaces: a line too wide to print beside
     * the table is written over several rows, so a test does not depend on where a line starts.
     */
    public String textAbove(String sheetName) {
        XSSFSheet sheet = sheet(sheetName);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < sheet.getTables().get(0).getStartRowIndex(); r++) {
            lines.add(text(sheetName, "A" + (r + 1)));
        }
        return String.join(" ", lines);
    }

    /** The sheet's one table: its header row as the columns name it ({@link #asNamed}), then each row, as shown. */
    public List<List<String>> table(String sheetName) {
        XSSFSheet sheet = sheet(sheetName);
        XSSFTable table = sheet.getTables().get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int r = table.getStartRowIndex(); r <= table.getEndRowIndex(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
                String shown = display(sheet.getRow(r).getCell(c));
                cells.add(r == table.getStartRowIndex() ? asNamed(shown) : shown);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The data row whose first cell starts with the label, as header to displayed value. */
    public Map<String, String> row(String sheetName, String firstCellStartsWith) {
        List<List<String>> rows = table(sheetName);
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(0).startsWith(firstCellStartsWith)) {
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    map.put(withoutNotes(header.get(i)), row.get(i));
                }
                return map;
            }
        }
        throw new AssertionError("no row starting '" + firstCellStartsWith + "' in " + sheetName + ": " + rows);
    }

    /** Every data row of the table whose column {@code column} equals the value. */
    public List<Map<String, String>> rowsWhere(String sheetName, String column, String value) {
        List<String> header = table(sheetName).get(0).stream().map(WorkbookView::withoutNotes).toList();
        String name = withoutNotes(column);
        if (!header.contains(name)) {
            throw new AssertionError("no column '" + column + "' in " + header);
        }
        return rows(sheetName).stream().filter(row -> Objects.equals(row.get(name), value)).toList();
    }

    /**
     * The cells of the numbered table whose Excel name ends with the key ({@code "_regions"} finds
     * {@code table_2_regions} whatever its number), header row first.
     */
    public List<List<Cell>> tableCells(String key) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (XSSFTable t : sheet.getTables()) {
                if (t.getName().matches("table_\\d+" + Pattern.quote(key))) {
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

    /**
     * A header as its column names it: the writer breaks a long name over lines of the column's width, at spaces and
     * never before a bracket, so a line break followed by anything but the unit's "(" or a note marker's "[" was a
     * space of the name ("Next inspection\ndate\n[note 3]" is "Next inspection date\n[note 3]").
     */
    public static String asNamed(String header) {
        return header.replaceAll("\n(?![(\\[])", " ");
    }

    /** The header cell's text, as its column names it ({@link #asNamed(String)}). */
    public static String asNamed(Cell header) {
        return asNamed(header.getStringCellValue());
    }

    /**
     * A header as a test names it: without its note marker, whose number depends on the tables
     * before it ("Share\n(%)\n[note 3]" is "Share\n(%)").
     */
    public static String withoutNotes(String header) {
        return header.replaceAll("\\s*\\[note [\\d, ]+\\]", "");
    }

    private String display(Cell cell) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
