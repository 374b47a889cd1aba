package org.ratingspipeline.report.check;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One physically present cell as the checks see it, read from the XML once per check run.
 *
 * @param sheet     the sheet the cell is on
 * @param cellType  the stored type, as POI's getCellType() gives it (FORMULA for a formula)
 * @param valueType the type a reader sees: a formula counts as the type of its cached result
 *                  (A7 reports the formula)
 * @param text      the value as the checks compare it; numbers without formatting so the result
 *                  is locale-free, "" for a blank cell
 * @param number    the value when valueType is NUMERIC, otherwise NaN
 * @param style     null when POI finds no style for the cell (only in a damaged file)
 * @param runFonts  fonts of a stored string's rich-text runs; a run can override the cell font,
 *                  e.g. to make a note marker superscript
 */
record CellSnapshot(XSSFSheet sheet, int row, int col, CellType cellType, CellType valueType, String text,
                    double number, StyleFacts style, List<FontFacts> runFonts) {

    boolean isBlank() {
        return text.isBlank();
    }

    FontFacts font() {
        return style.font();
    }

    /** POI's DateUtil.isCellDateFormatted, decided on what was read; false for anything but a number. */
    boolean isDateFormatted() {
        return valueType == CellType.NUMERIC && DateUtil.isValidExcelDate(number) && style != null
                && style.dateFormat();
    }

    String ref() {
        return Cells.ref(row, col);
    }
}
