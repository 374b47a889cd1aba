package org.ratingspipeline.report.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.ratingspipeline.common.WorkbookTheme;
import org.ratingspipeline.report.Column;

/**
 * How a sheet prints (and converts to PDF): A4, one page wide, landscape when its content is wider
 * than a portrait page, the table's header row on every page, the sheet's title in the page header
 * and page numbers in the footer. The header and footer only repeat what the sheet shows (its A1
 * title) or say where the page is, so a reader who never prints loses nothing (rule J5).
 *
 * @param title      the sheet's A1 title; note markers are left out of the page header
 * @param headerRow  the table's header row, repeated on every page, or -1 for a sheet without one
 * @param lastColumn the last column of the sheet's content
 * @param lastRow    the last row of the sheet's content (a chart below the text), or -1 for the last row written
 * @param onePage    whether the sheet prints on one page (a chart with its text), not only one page wide
 * @param keyColumns how many leading columns say which row it is (codes and a name), kept on the first
 *                   page of a table printed several pages wide; 0 for a sheet that is not a table
 */
record PrintLayout(String title, int headerRow, int lastColumn, int lastRow, boolean onePage, int keyColumns) {

    private static final double A4_SHORT_INCHES = 8.27;
    private static final double A4_LONG_INCHES = 11.69;
    /**
     * Share of a page's estimated height the rows of one page may fill. LibreOffice, scaling a
     * sheet to the page's width, can count a row onto a page whose bottom it then clips, so the
     * row is printed nowhere: a page whose rows end within about a point of its bottom loses its
     * last row. Pages are broken here, well short of the bottom, so no row ends near it.
     */
    private static final double PAGE_FILL = 0.98;
    /**
     * LibreOffice fits a sheet to the page's width at a scale about 10% smaller than the theme's portrait width
     * (78 units) gives (measured: 0.903 of it), so a page holds more rows; a little above the measure, to err
     * towards a break too early.
     */
    private static final double LIBREOFFICE_SCALE = 0.91;

    static PrintLayout table(String title, int headerRow, int lastColumn, int keyColumns) {
        return new PrintLayout(title, headerRow, lastColumn, -1, false, keyColumns);
    }

    static PrintLayout page(String title, int lastColumn) {
        return new PrintLayout(title, -1, lastColumn, -1, false, 0);
    }

    static PrintLayout onePage(String title, int lastColumn, int lastRow) {
        return new PrintLayout(title, -1, lastColumn, lastRow, true, 0);
    }

    /**
     * A table that one page's width would shrink below the theme's smallest fit (0.2: text under about 2.5 points,
     * which LibreOffice draws so close that words run into each other; the table of each authority beside its ten
     * neighbours would print at an eighth of its size) prints several pages wide at the theme's wide scale instead.
     * Tables a little less wide stay one page wide, small but whole, so the printed workbook stays a few dozen pages.
     */
    void applyTo(Sheet sheet, WorkbookTheme.Page page) {
        // Text that overflows column A (titles, the lines above a table) is printed only inside the
        // print area, so the area reaches as far right as the longest of them.
        int last = lastColumn;
        double width = widthTo(sheet, last);
        double reach = overflowReach(sheet);
        while (width < reach) {
            width += sheet.getColumnWidth(++last) / 256.0;
        }
        int sheetIndex = sheet.getWorkbook().getSheetIndex(sheet);
        int bottom = lastRow >= 0 ? lastRow : Math.max(0, sheet.getLastRowNum());
        sheet.getWorkbook().setPrintArea(sheetIndex, 0, last, 0, bottom);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(width > page.portraitWidth());
        setMargins(sheet, page);
        boolean wide = !onePage && keyColumns > 0 && fitScale(width, page) < page.smallestFit();
        if (wide) {
            // a fixed scale, so LibreOffice keeps the breaks set here instead of fitting the width
            sheet.setFitToPage(false);
            setup.setScale((short) page.wideScalePercent());
            breakColumns(sheet, last, page);
            breakPages(sheet, bottom, page.wideScalePercent() / 100.0, page);
            // Pages go across before down, so a band of rows is read on consecutive pages. The key
            // columns are not repeated on the pages to the right: LibreOffice would draw the lines
            // above the table again from the repeated column A, over their own overflow.
            setup.setLeftToRight(true);
        } else {
            sheet.setFitToPage(true);
            setup.setFitWidth((short) 1);
            // 0: as many pages down as the rows need
            setup.setFitHeight((short) (onePage ? 1 : 0));
            if (!onePage) {
                breakPages(sheet, bottom, fitScale(width, page), page);
            }
        }
        if (headerRow >= 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        }
        sheet.getHeader().setCenter(escape(WorkbookWriter.stripNotes(title)));
        sheet.getFooter().setCenter(page.footer());
    }

    /**
     * Row breaks wherever the next row would fill a page past {@link #PAGE_FILL} of its height, at
     * the scale that fits the sheet to the page's width; the header row repeated on every page
     * after the first counts on each of them. A row taller than a page gets a page of its own.
     */
    private void breakPages(Sheet sheet, int bottom, double scale, WorkbookTheme.Page page) {
        boolean landscape = sheet.getPrintSetup().getLandscape();
        double bodyPoints = ((landscape ? A4_SHORT_INCHES : A4_LONG_INCHES) - page.topMargin() - page.bottomMargin())
                * 72;
        double room = PAGE_FILL * bodyPoints / scale;
        double repeated = headerRow >= 0 ? heightOf(sheet, headerRow) : 0;
        double used = 0;
        for (int r = 0; r <= bottom; r++) {
            double h = heightOf(sheet, r);
            if (used > repeated && used + h > room && r > headerRow + 1) {
                sheet.setRowBreak(r - 1);
                used = repeated;
            }
            used += h;
        }
    }

    /** The scale at which LibreOffice fits content this wide to one page's width. */
    private static double fitScale(double width, WorkbookTheme.Page page) {
        return Math.min(1.0, LIBREOFFICE_SCALE * across(width > page.portraitWidth(), page) / width);
    }

    /** Column units across an A4 landscape page at full size (100%). */
    static double landscapeWidth(WorkbookTheme.Page page) {
        return across(true, page);
    }

    /**
     * How far unwrapped text in column A reaches to the right, in column units: its widest line and the room a
     * renderer leaves beside it. The print area reaches at least this far.
     */
    static double reach(String text, double points, boolean bold) {
        return TextFit.widestLine(text, points, bold) + 1;
    }

    /** Column units across a page at full size. */
    private static double across(boolean landscape, WorkbookTheme.Page page) {
        return landscape ? page.portraitWidth() * (A4_LONG_INCHES - 2 * page.sideMargin())
                / (A4_SHORT_INCHES - 2 * page.sideMargin()) : page.portraitWidth();
    }

    /** Column breaks for a table printed at the theme's wide scale: each page takes as many whole columns as fit. */
    private void breakColumns(Sheet sheet, int last, WorkbookTheme.Page page) {
        double room = PAGE_FILL * across(true, page) * 100.0 / page.wideScalePercent();
        double used = 0;
        for (int c = 0; c <= last; c++) {
            double w = sheet.getColumnWidth(c) / 256.0;
            if (c > keyColumns && used + w > room) {
                sheet.setColumnBreak(c - 1);
                used = 0;
            }
            used += w;
        }
    }

    private static double heightOf(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }

    private static double widthTo(Sheet sheet, int lastColumn) {
        double width = 0;
        for (int c = 0; c <= lastColumn; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return width;
    }

    /** How far the widest unwrapped text of column A reaches, in column units. */
    private static double overflowReach(Sheet sheet) {
        double reach = 0;
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell == null || cell.getCellType() != CellType.STRING || cell.getCellStyle().getWrapText()) {
                continue;
            }
            var font = ((XSSFCellStyle) cell.getCellStyle()).getFont();
            reach = Math.max(reach, reach(cell.getStringCellValue(), font.getFontHeightInPoints(), font.getBold()));
        }
        return reach;
    }

    private static void setMargins(Sheet sheet, WorkbookTheme.Page page) {
        sheet.setMargin(PageMargin.LEFT, page.sideMargin());
        sheet.setMargin(PageMargin.RIGHT, page.sideMargin());
        sheet.setMargin(PageMargin.TOP, page.topMargin());
        sheet.setMargin(PageMargin.BOTTOM, page.bottomMargin());
        sheet.setMargin(PageMargin.HEADER, page.headerFooterMargin());
        sheet.setMargin(PageMargin.FOOTER, page.headerFooterMargin());
    }

    /** In a page header an ampersand starts a code (&P is the page number); a literal one is doubled. */
    static String escape(String text) {
        return text.replace("&", "&&");
    }
}
