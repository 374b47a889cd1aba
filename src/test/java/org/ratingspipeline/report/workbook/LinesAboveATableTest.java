package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.common.WorkbookTheme;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;

/**
 * A line above a table wider than the table and than a landscape page would widen the print area, and the table
 * would print shrunk to fit it on one page's width: such a line is written over several rows, each within the
 * wider of the two.
 */
class LinesAboveATableTest {

    private static final String TITLE = "A narrow table of shares under a title that is long, though not as long as "
            + "the description below it, which is not split";
    private static final String LONG = String.join(" ", Collections.nCopies(12, "The shares are made up for the "
            + "test, and each sentence of this description repeats the one before it."));
    private static final String SHORT = "One row per region.";
    private static final String SOURCE = "Source: a test.";
    private static final String WHY_Z = Shorthand.NOT_APPLICABLE.explanation() + ": no next inspection yet.";

    @Test
    void aLongLineOverANarrowTableTakesRowsNoWiderThanALandscapePage() throws IOException {
        RatingsProperties properties = ReportSettings.properties(30, Map.of());
        double landscape = landscapeUnits(properties.workbook().page());
        try (XSSFWorkbook wb = WrittenWorkbook.of(properties, new Tables())) {
            XSSFSheet sheet = wb.getSheet("Table_1");
            List<String> lines = WrittenWorkbook.linesAbove(sheet);
            assertThat(lines.get(0)).isEqualTo("Table 1: " + TITLE + " [note 1]");
            assertThat(lines.get(1)).isEqualTo(TableContent.ONE_TABLE_WITH_NOTES);
            assertThat(lines.get(2)).isEqualTo(SHORT);
            List<String> split = lines.subList(3, lines.size() - 1);
            assertThat(split).hasSizeGreaterThan(3);
            assertThat(String.join(" ", split)).isEqualTo(LONG);
            assertThat(split).allSatisfy(row -> assertThat(TextFit.width(row, 12, false)).isLessThan(landscape));
            assertThat(lines.get(lines.size() - 1)).isEqualTo(SOURCE);
            // the print area ends at the first column that takes it as wide as its widest line: the title
            AreaReference area = printArea(wb, sheet);
            int last = area.getLastCell().getCol();
            double reach = TextFit.width(lines.get(0), 16, true);
            assertThat(unitsTo(sheet, last - 1)).isLessThan(Math.max(landscape, reach + 1));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void aLongLineOverATableWiderThanAPageTakesRowsNoWiderThanTheTable() throws IOException {
        RatingsProperties properties = ReportSettings.properties(30, Map.of());
        try (XSSFWorkbook wb = WrittenWorkbook.of(properties, new Tables())) {
            XSSFSheet sheet = wb.getSheet("Table_2");
            double table = unitsTo(sheet, 9);
            assertThat(table).isGreaterThan(landscapeUnits(properties.workbook().page()));
            List<String> lines = WrittenWorkbook.linesAbove(sheet);
            List<String> split = lines.subList(2, lines.size() - 1);
            assertThat(split).hasSizeGreaterThan(1);
            assertThat(String.join(" ", split)).isEqualTo(LONG + " " + LONG);
            assertThat(split).allSatisfy(row -> assertThat(TextFit.width(row, 12, false)).isLessThan(table));
            assertThat(printArea(wb, sheet).getLastCell().getCol()).isEqualTo((short) 9);
        }
    }

    @Test
    void aShorthandTheDescriptionExplainsIsNotExplainedAgain() throws IOException {
        try (XSSFWorkbook wb = WrittenWorkbook.of(ReportSettings.properties(30, Map.of()), new Tables())) {
            List<String> lines = WrittenWorkbook.linesAbove(wb.getSheet("Table_3"));
            assertThat(lines).containsOnlyOnce(WHY_Z, Shorthand.NOT_AVAILABLE.explanation())
                    .doesNotContain(Shorthand.NOT_APPLICABLE.explanation());
            assertThat(lines.stream().filter(l -> l.startsWith(Shorthand.NOT_APPLICABLE.explanation()))).hasSize(1);
        }
    }

    /** Inches across a landscape A4 page inside its margins, in column units as the portrait width gives them. */
    private static double landscapeUnits(WorkbookTheme.Page page) {
        return page.portraitWidth() * (11.69 - 2 * page.sideMargin()) / (8.27 - 2 * page.sideMargin());
    }

    private static double unitsTo(XSSFSheet sheet, int lastColumn) {
        double units = 0;
        for (int c = 0; c <= lastColumn; c++) {
            units += sheet.getColumnWidth(c) / 256.0;
        }
        return units;
    }

    private static AreaReference printArea(XSSFWorkbook wb, XSSFSheet sheet) {
        String area = wb.getPrintArea(wb.getSheetIndex(sheet));
        return new AreaReference(area.substring(area.indexOf('!') + 1), SpreadsheetVersion.EXCEL2007);
    }

    /** Two regions' shares in two narrow columns; ten columns of long text. */
    private static final class Tables implements ReportSection {

        @Override
        public List<TableContent> tables(ReportRun run, Notes notes) {
            List<Column> wide = new ArrayList<>();
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                wide.add(Column.text("Text " + c));
                row.add("a long enough text, " + c);
            }
            return List.of(new TableContent("shares", TITLE + " " + notes.ref(new Note("made-up", "Made up.")),
                    List.of(TableContent.ONE_TABLE_WITH_NOTES, SHORT, LONG, SOURCE),
                    List.of(Column.text("Region"), Column.decimal("Share", "%")), List.of(
                    List.of("North East", new BigDecimal("75.0")),
                    List.of("North West", new BigDecimal("25.0")))),
                    new TableContent("wide", "Wide", List.of(TableContent.ONE_TABLE, LONG + " " + LONG, SOURCE),
                            wide, List.of(row)),
                    new TableContent("next", "Next inspections", List.of(TableContent.ONE_TABLE, WHY_Z, SOURCE),
                            List.of(Column.text("Region"), Column.count("Months to next inspection", "number"),
                                    Column.count("Visits", "number")),
                            List.of(List.of("North East", Shorthand.NOT_APPLICABLE, Shorthand.NOT_AVAILABLE),
                                    List.of("North West", 12L, 3L))));
        }
    }
}
