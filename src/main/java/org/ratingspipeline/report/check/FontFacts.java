package org.ratingspipeline.report.check;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;

/**
 * What the checks ask of a font, read from its XML once: a cell's font once per style, a
 * rich-text run's font once per cell.
 *
 * @param name       the face; POI's default when the font names none
 * @param statesName whether the font names a face; a run that does not keeps the cell font's
 * @param points     size in points, keeping half points (POI's short accessor would round 11.5 down)
 * @param statesSize whether the font gives a size; a run that does not keeps the cell font's
 * @param colour     null when the font sets none
 */
record FontFacts(String name, boolean statesName, double points, boolean statesSize, boolean bold,
                 boolean italic, boolean underlined, boolean superscript, XSSFColor colour,
                 boolean automaticColour) {

    /** Indexed colour 64 is Excel's "system foreground", which renders like automatic. */
    private static final int SYSTEM_FOREGROUND = 64;

    /**
     * Theme colour 1 ("Text 1", dk1) is what Excel's and POI's default font use; in the Office
     * theme it maps to the system window text colour, so it follows high-contrast settings
     * like automatic colour does.
     */
    private static final int THEME_TEXT_1 = 1;

    static FontFacts of(XSSFFont font) {
        CTFont ct = font.getCTFont();
        XSSFColor colour = font.getXSSFColor();
        return new FontFacts(font.getFontName(), ct.sizeOfNameArray() > 0, font.getFontHeight() / 20.0,
                ct.sizeOfSzArray() > 0, font.getBold(), font.getItalic(), font.getUnderline() != Font.U_NONE,
                font.getTypeOffset() == Font.SS_SUPER, colour, isAutomatic(colour));
    }

    private static boolean isAutomatic(XSSFColor colour) {
        if (colour == null || colour.isAuto()) {
            return true;
        }
        if (colour.isThemed()) {
            return colour.getTheme() == THEME_TEXT_1 && !colour.hasTint();
        }
        return colour.isIndexed() && !colour.isRGB() && colour.getIndex() == SYSTEM_FOREGROUND;
    }
}
