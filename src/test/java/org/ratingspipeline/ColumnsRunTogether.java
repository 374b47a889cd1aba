package org.ratingspipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * The places in a written workbook where a right-aligned column is followed by a text column. A figure or a date
 * sits at the right edge of its cell and text at the left edge of the next, so printed or on screen the two read as
 * one ("148C" for a count of 148 and band C; "5 Dec 2022Requires improvement"; "Authorities ranked Quartile band
 * of" across the two headers).
 *
 * <p>Read from the file as a reader meets it: a column is right-aligned when its header is; it holds dates when a
 * cell of it holds a date, figures when none does and at least one holds a number (a column of [x] alone shows
 * neither this time); it is text when its header is left-aligned. A place is named by the table's key without its
 * number ("spend_per_child_authorities: [Authorities ranked ...] then [Quartile band ...]"), as runs number tables
 * by what their inputs hold.
 */
public final class ColumnsRunTogether {

    private enum Holds { FIGURES, DATES, NEITHER }

    private ColumnsRunTogether() {
    }

    /** Each place where a column of figures is followed by text, or none. */
    public static List<String> afterFigures(Path workbook) throws IOException {
        return places(workbook, Holds.FIGURES);
    }

    /** Each place where a column of dates is followed by text, or none. */
    public static List<String> afterDates(Path workbook) throws IOException {
        return places(workbook, Holds.DATES);
    }

    private static List<String> places(Path workbook, Holds before) throws IOException {
        List<String> found = new ArrayList<>();
        try (WorkbookView wb = WorkbookView.open(workbook)) {
            for (int s = 0; s < wb.workbook().getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.workbook().getSheetAt(s);
                for (XSSFTable table : sheet.getTables()) {
                    Row header = sheet.getRow(table.getStartRowIndex());
                    for (int c = table.getStartColIndex() + 1; c <= table.getEndColIndex(); c++) {
                        if (holds(sheet, table, c - 1) == before && isText(header.getCell(c))) {
                            found.add(table.getName().replaceFirst("^table_\\d+_", "") + ": ["
                                    + name(header.getCell(c - 1)) + "] then [" + name(header.getCell(c)) + "]");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Holds holds(XSSFSheet sheet, XSSFTable table, int column) {
        Cell header = sheet.getRow(table.getStartRowIndex()).getCell(column);
        if (header.getCellStyle().getAlignment() != HorizontalAlignment.RIGHT) {
            return Holds.NEITHER;
        }
        Holds holds = Holds.NEITHER;
        for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return Holds.DATES;
                }
                holds = Holds.FIGURES;
            }
        }
        return holds;
    }

    private static boolean isText(Cell header) {
        HorizontalAlignment align = header.getCellStyle().getAlignment();
        return align == HorizontalAlignment.LEFT || align == HorizontalAlignment.GENERAL;
    }

    private static String name(Cell header) {
        return header.getStringCellValue().replace('\n', ' ');
    }
}
