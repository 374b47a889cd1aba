package org.ratingspipeline.report.check;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What the checks ask of a cell style, read from its XML once per style rather than once per cell.
 *
 * @param dateFormat whether the number format shows dates, as POI's DateUtil decides it
 */
record StyleFacts(boolean wrapped, short rotation, short indent, HorizontalAlignment alignment,
                  FillPatternType fill, BorderStyle top, BorderStyle left, BorderStyle right, BorderStyle bottom,
                  String numberFormat, boolean dateFormat, FontFacts font) {

    static StyleFacts of(XSSFCellStyle style) {
        return new StyleFacts(style.getWrapText(), style.getRotation(), style.getIndention(),
                style.getAlignment(), style.getFillPattern(), style.getBorderTop(), style.getBorderLeft(),
                style.getBorderRight(), style.getBorderBottom(), style.getDataFormatString(),
                DateUtil.isADateFormat(ExcelNumberFormat.from(style)), FontFacts.of(style.getFont()));
    }
}
