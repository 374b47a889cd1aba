package org.ratingspipeline.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CheckedWorkbookTest {

    @Test
    void cellsReadAsTheChecksCompareThem() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Table_1");
            XSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue("text");
            row.createCell(1).setCellValue(1234.5);
            row.createCell(2).setCellValue(true);
            row.createCell(3).setCellFormula("1+1");
            row.createCell(5);

            SheetCells cells = new CheckedWorkbook(wb).cells(sheet);

            assertEquals("text", cells.text(2, 0));
            assertEquals("1234.5", cells.text(2, 1));
            assertEquals(1234.5, cells.get(2, 1).number());
            assertEquals("true", cells.text(2, 2));
            CellSnapshot formula = cells.get(2, 3);
            assertEquals(CellType.FORMULA, formula.cellType());
            assertEquals(CellType.NUMERIC, formula.valueType());
            assertNull(cells.get(2, 4));
            assertNull(cells.get(0, 0));
            assertNull(cells.get(99, 0));
            assertEquals("", cells.text(99, 0));
            assertEquals(5, cells.all().size());
            assertEquals(4, cells.nonBlank().size());
        }
    }

    @Test
    void aSheetIsReadOncePerRunAndCellsShareTheirStyle() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Table_1");
            XSSFCellStyle wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            for (int r = 0; r < 2; r++) {
                sheet.createRow(r).createCell(0).setCellStyle(wrapped);
            }

            CheckedWorkbook book = new CheckedWorkbook(wb);

            assertSame(book.cells(sheet), book.cells(sheet));
            assertSame(book.cells(sheet).get(0, 0).style(), book.cells(sheet).get(1, 0).style());
            assertTrue(book.cells(sheet).get(0, 0).style().wrapped());
        }
    }
}
