package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.TableContent;

/**
 * A header a spreadsheet program wraps itself fills its column to the edge and reads as one line with the next
 * column's ("First monitoring Last monitoring visit", Table 24 printed by LibreOffice): the writer breaks a long name
 * into lines that leave the column's padding beside them, and the Excel table names each column as its header cell.
 */
class TableHeadersTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Local authority"),
            Column.date("Inadequate inspection date"), Column.date("Next inspection date"),
            Column.count("Months to next inspection or reporting date", "number"),
            Column.date("First monitoring visit"), Column.date("Last monitoring visit"),
            Column.text("Quartile band of spend per child (A lowest to D highest)"));

    @Test
    void everyLineOfAHeaderLeavesTheColumnsPaddingBesideIt() throws IOException {
        RatingsProperties properties = ReportSettings.properties(30, Map.of());
        int padding = properties.workbook().widths().columnPadding();
        Visits visits = new Visits();
        try (XSSFWorkbook wb = WrittenWorkbook.of(properties, visits)) {
            XSSFSheet sheet = wb.getSheet("Table_1");
            XSSFTable table = sheet.getTables().get(0);
            int headerRow = table.getStartRowIndex();
            int broken = 0;
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = sheet.getRow(headerRow).getCell(c);
                String written = cell.getStringCellValue();
                double room = sheet.getColumnWidth(c) / 256.0 - padding;
                for (String line : written.split("\n")) {
                    assertThat(TextFit.width(line, 12, true)).as("'" + line + "' in column " + c)
                            .isLessThanOrEqualTo(room);
                }
                String header = visits.columns.get(c).header();
                assertThat(written.replace('\n', ' ')).isEqualTo(header.replace('\n', ' '));
                assertThat(written.split("\n")).noneMatch(line -> line.startsWith("(") && !line.startsWith("(number"));
                // as Excel wants it: the header cell's text, its line breaks escaped in the XML attribute
                assertThat(table.getColumns().get(c).getName()).isEqualTo(written.replace("\n", "_x000a_"));
                broken += written.equals(header) ? 0 : 1;
            }
            assertThat(broken).as("headers written over more lines than their own").isGreaterThanOrEqualTo(4);
            assertThat(sheet.getRow(headerRow).getCell(3).getStringCellValue()).endsWith("\n(number)\n[note 1]");
        }
    }

    /** One authority's spell between an inadequate judgement and the next inspection, with the visits in it. */
    private static final class Visits implements ReportSection {
        private final List<Column> columns = new ArrayList<>(COLUMNS);

        @Override
        public List<TableContent> tables(ReportRun run, Notes notes) {
            columns.set(3, COLUMNS.get(3).withNotes(notes.ref(new Note("months", "Whole months."))));
            return List.of(new TableContent("visits", "Visits", List.of(TableContent.ONE_TABLE_WITH_NOTES,
                    "Source: a test."), columns, List.of(List.of("Blackpool", LocalDate.of(2018, 11, 26),
                    LocalDate.of(2022, 12, 5), 48L, LocalDate.of(2021, 9, 28), LocalDate.of(2022, 6, 14), "C"))));
        }
    }
}
