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
 * The places in a written workbook where a figure's column is followed by a text column. A figure sits at the right
 * edge of its cell and text at the left edge of the next, so printed or on screen the two read as one ("148C" for a
 * count of 148 and band C; "Authorities ranked Quartile band of" across the two headers). Dates are right-aligned
 * too, but left out: a judgement and the date that dates it alternate in several tables (judgement, published,
 * next judgement, next published), so some date is always followed by text there.
 *
 * <p>Read from the file as a reader meets it: a column is a figure's when its header is right-aligned and no cell
 * of it holds a date and at least one holds a number (a column of [x] alone, a date column with no date this time
 * among them, shows no figure); text when its header is left-aligned.
 */
public final class ColumnsRunTogether {

    private ColumnsRunTogether() {
    }

    /** "Table_21 / table_21_...: [Authorities ranked ...] then [Quartile band ...]", one per place, or none. */
    public static List<String> in(Path workbook) throws IOException {
        List<String> found = new ArrayList<>();
        try (WorkbookView wb = WorkbookView.open(workbook)) {
            for (int s = 0; s < wb.workbook().getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.workbook().getSheetAt(s);
                for (XSSFTable table : sheet.getTables()) {
                    Row header = sheet.getRow(table.getStartRowIndex());
                    for (int c = table.getStartColIndex() + 1; c <= table.getEndColIndex(); c++) {
                        if (isFigure(sheet, table, c - 1) && isText(header.getCell(c))) {
                            found.add(sheet.getSheetName() + " / " + table.getName() + ": ["
                                    + name(header.getCell(c - 1)) + "] then [" + name(header.getCell(c)) + "]");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean isFigure(XSSFSheet sheet, XSSFTable table, int column) {
        Cell header = sheet.getRow(table.getStartRowIndex()).getCell(column);
        if (header.getCellStyle().getAlignment() != HorizontalAlignment.RIGHT) {
            return false;
        }
        boolean figure = false;
        for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex(); r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                if (DateUtil.isCellDateFormatted(cell)) {
                    return false;
                }
                figure = true;
            }
        }
        return figure;
    }

    private static boolean isText(Cell header) {
        HorizontalAlignment align = header.getCellStyle().getAlignment();
        return align == HorizontalAlignment.LEFT || align == HorizontalAlignment.GENERAL;
    }

    private static String name(Cell header) {
        return header.getStringCellValue().replace('\n', ' ');
    }
}
