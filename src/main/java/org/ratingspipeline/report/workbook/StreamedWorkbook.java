package org.ratingspipeline.report.workbook;

import java.io.IOException;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, holding every row until the file is written (so the page breaks and the charts can
 * read them), that writes the sheets' rows out in the workbook's order. POI's own writes them in the order of a
 * hash map keyed by object identity, and the shared strings are numbered as the rows go out: the same report would
 * number its strings differently from run to run, and two files with the same cells would differ.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    /** No row window: rows are written out only with the file. */
    private static final int KEEP_EVERY_ROW = -1;

    StreamedWorkbook() {
        super(new XSSFWorkbook(new PlainSharedStrings.Factory()), KEEP_EVERY_ROW, false, true);
        // Written to a plain stream, POI's default (ZIP64 as needed) marks every entry, its size not yet known, as
        // ZIP64, which Java's own ZipInputStream misreads. A workbook is megabytes, and XSSF's files had no ZIP64.
        setZip64Mode(Zip64Mode.Never);
    }

    /**
     * The XSSF sheet under a streamed one, which holds what is not a cell (tables, ignored errors, drawings) where
     * the streaming sheet has no setter or getter for it.
     */
    static XSSFSheet under(SXSSFSheet sheet) {
        return sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    @Override
    protected void flushSheets() throws IOException {
        for (int i = 0; i < getNumberOfSheets(); i++) {
            SXSSFSheet sheet = getSheetAt(i);
            // the used range, as the sheet's XML states it, while its rows are still here to say it
            CellRangeAddress used = used(sheet);
            if (used != null) {
                getXSSFWorkbook().getSheetAt(i).setDimensionOverride(used);
            }
            sheet.flushRows();
        }
    }

    private static CellRangeAddress used(SXSSFSheet sheet) {
        int firstColumn = Integer.MAX_VALUE;
        int lastColumn = -1;
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) {
                firstColumn = Math.min(firstColumn, row.getFirstCellNum());
                lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
            }
        }
        if (lastColumn < 0) {
            return null;
        }
        return new CellRangeAddress(sheet.getFirstRowNum(), sheet.getLastRowNum(), firstColumn, lastColumn);
    }
}
