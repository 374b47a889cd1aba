package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming workbook writes its sheets' rows out in the workbook's order, so the shared strings are numbered
 * as a reader meets them, the same in every run, and each sheet states the range it uses.
 */
class StreamedWorkbookTest {

    private static final int SHEETS = 12;
    private static final String CREATED = "docProps/core.xml";

    @Test
    void sharedStringsAreNumberedInSheetOrderAndEachSheetStatesItsRange() throws IOException {
        byte[] file = write();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            SharedStringsTable strings = read.getSharedStringSource();
            List<String> numbered = new ArrayList<>();
            for (int i = 0; i < strings.getUniqueCount(); i++) {
                numbered.add(strings.getItemAt(i).getString());
            }
            assertThat(numbered).containsExactlyElementsOf(expectedStrings());
            for (int s = 0; s < SHEETS; s++) {
                // rows 2 to 4 (1-based), columns B to C, as written below
                assertThat(read.getSheetAt(s).getCTWorksheet().getDimension().getRef()).isEqualTo("B2:C4");
                assertThat(read.getSheetAt(s).getRow(3).getCell(2).getStringCellValue()).isEqualTo(text(s, 2, 1));
            }
        }
        // the same cells give the same parts; the document properties carry the time the workbook was made
        Map<String, String> again = parts(write());
        Map<String, String> first = parts(file);
        first.remove(CREATED);
        again.remove(CREATED);
        assertThat(again).isEqualTo(first);
    }

    private static Map<String, String> parts(byte[] file) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            for (int s = 0; s < SHEETS; s++) {
                Sheet sheet = wb.createSheet("Sheet " + s);
                for (int r = 1; r <= 3; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 1; c <= 2; c++) {
                        row.createCell(c).setCellValue(text(s, r - 1, c - 1));
                    }
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static List<String> expectedStrings() {
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < SHEETS; s++) {
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 2; c++) {
                    texts.add(text(s, r, c));
                }
            }
        }
        return texts;
    }

    private static String text(int sheet, int row, int column) {
        return "sheet " + sheet + ", row " + row + ", column " + column;
    }
}
