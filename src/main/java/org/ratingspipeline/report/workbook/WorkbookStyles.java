package org.ratingspipeline.report.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ratingspipeline.common.WorkbookTheme;
import org.ratingspipeline.report.Column;

/**
 * Every cell style the report uses, created once per workbook (Excel caps a workbook at 64,000
 * styles), in the theme's fonts (Arial 12 throughout, titles 16 and headings 14 bold), automatic colour, no fills.
 * Carries the theme to the sheets that are written with these styles.
 */
final class WorkbookStyles {

    enum Role { TITLE, COVER_TITLE, HEADING, BODY, LINE, LINK, HEADER_TEXT, HEADER_NUMBER, TEXT, COUNT, DECIMAL_1,
            POUNDS, DATE, DATE_TIME, PLAIN, SHORTHAND }

    private final Map<Role, CellStyle> styles = new EnumMap<>(Role.class);
    private final WorkbookTheme theme;

    WorkbookStyles(XSSFWorkbook wb, WorkbookTheme theme) {
        this.theme = theme;
        WorkbookTheme.Fonts fonts = theme.fonts();
        // The default font sets what a column unit is (the width of its digit): the body text's font,
        // so that widths computed from the text mean the same in Excel and LibreOffice.
        XSSFFont normal = wb.getFontAt(0);
        normal.setFontName(fonts.name());
        normal.setFontHeightInPoints((short) fonts.body());
        Font body = font(wb, fonts.name(), fonts.body(), false, false);
        Font bold = font(wb, fonts.name(), fonts.body(), true, false);
        Font title = font(wb, fonts.name(), fonts.title(), true, false);
        Font heading = font(wb, fonts.name(), fonts.heading(), true, false);
        Font link = font(wb, fonts.name(), fonts.body(), false, true);
        var format = wb.createDataFormat();

        // Titles and the lines above a table overflow to the right instead of wrapping in a narrow column A.
        styles.put(Role.TITLE, style(wb, title, HorizontalAlignment.LEFT, null, false));
        styles.put(Role.LINE, style(wb, body, HorizontalAlignment.LEFT, null, false));
        // The cover's column A is wide, and its paragraphs wrap within it.
        styles.put(Role.COVER_TITLE, style(wb, title, HorizontalAlignment.LEFT, null, true));
        styles.put(Role.HEADING, style(wb, heading, HorizontalAlignment.LEFT, null, true));
        styles.put(Role.BODY, style(wb, body, HorizontalAlignment.LEFT, null, true));
        styles.put(Role.LINK, style(wb, link, HorizontalAlignment.LEFT, null, true));
        CellStyle headerText = style(wb, bold, HorizontalAlignment.LEFT, null, true);
        headerText.setBorderBottom(BorderStyle.THIN);
        styles.put(Role.HEADER_TEXT, headerText);
        CellStyle headerNumber = style(wb, bold, HorizontalAlignment.RIGHT, null, true);
        headerNumber.setBorderBottom(BorderStyle.THIN);
        styles.put(Role.HEADER_NUMBER, headerNumber);
        styles.put(Role.TEXT, style(wb, body, HorizontalAlignment.LEFT, null, true));
        styles.put(Role.COUNT, style(wb, body, HorizontalAlignment.RIGHT, format.getFormat("#,##0"), true));
        styles.put(Role.DECIMAL_1, style(wb, body, HorizontalAlignment.RIGHT, format.getFormat("#,##0.0"), true));
        styles.put(Role.POUNDS, style(wb, body, HorizontalAlignment.RIGHT, format.getFormat("#,##0"), true));
        styles.put(Role.DATE, style(wb, body, HorizontalAlignment.RIGHT, format.getFormat("d mmm yyyy"), true));
        styles.put(Role.DATE_TIME, style(wb, body, HorizontalAlignment.RIGHT, format.getFormat("d mmm yyyy "
                + "hh:mm:ss"), true));
        styles.put(Role.PLAIN, style(wb, body, HorizontalAlignment.RIGHT, format.getFormat("0"), true));
        styles.put(Role.SHORTHAND, style(wb, body, HorizontalAlignment.RIGHT, null, true));
    }

    WorkbookTheme theme() {
        return theme;
    }

    CellStyle get(Role role) {
        return styles.get(role);
    }

    CellStyle forKind(Column.Kind kind) {
        return get(switch (kind) {
            case TEXT, CODE -> Role.TEXT;
            case COUNT -> Role.COUNT;
            case DECIMAL_1 -> Role.DECIMAL_1;
            case POUNDS -> Role.POUNDS;
            case DATE -> Role.DATE;
            case DATE_TIME -> Role.DATE_TIME;
            case PLAIN -> Role.PLAIN;
        });
    }

    private static Font font(XSSFWorkbook wb, String name, int points, boolean bold, boolean underline) {
        Font f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (underline) {
            f.setUnderline(Font.U_SINGLE);
        }
        return f;
    }

    private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, Short format, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(wrap);
        if (format != null) {
            s.setDataFormat(format);
        }
        return s;
    }
}
