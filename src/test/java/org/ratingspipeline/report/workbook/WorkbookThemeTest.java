package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.common.WorkbookTheme;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;

/** The writer lays the workbook out by the theme it is given, bound from ratings.workbook. */
class WorkbookThemeTest {

    private static final String SOURCE = "Source: a test.";

    @Test
    void theDefaultThemePutsTheSourceAfterTheRowNotesAndTheShorthandLast() throws IOException {
        try (XSSFWorkbook wb = WrittenWorkbook.of(properties(Map.of()), new Shares())) {
            assertThat(WrittenWorkbook.linesAbove(wb.getSheet("Table_1"))).containsExactly("Table 1: Shares [note 1]",
                    TableContent.ONE_TABLE_WITH_NOTES, "One row per region.",
                    "This table lists the first 2 of its 3 rows; the rest are in the pipeline's store.", SOURCE,
                    Shorthand.NOT_AVAILABLE.explanation());
        }
    }

    @Test
    void aThemeReordersTheLinesAndRecoloursTheSeriesAndResizesTheFonts() throws IOException {
        Map<String, String> theme = new HashMap<>();
        theme.put("ratings.workbook.table-sheet-lines[1]", "source");
        theme.put("ratings.workbook.table-sheet-lines[2]", "shorthand");
        theme.put("ratings.workbook.table-sheet-lines[3]", "description");
        theme.put("ratings.workbook.table-sheet-lines[4]", "row-notes");
        theme.put("ratings.workbook.chart.palette[0].fill", "000080");
        theme.put("ratings.workbook.fonts.title", "18");
        theme.put("ratings.workbook.widths.min-column", "20");
        try (XSSFWorkbook wb = WrittenWorkbook.of(properties(theme), new Shares())) {
            XSSFSheet table = wb.getSheet("Table_1");
            assertThat(WrittenWorkbook.linesAbove(table)).startsWith("Table 1: Shares [note 1]", SOURCE,
                    Shorthand.NOT_AVAILABLE.explanation(), TableContent.ONE_TABLE_WITH_NOTES);
            assertThat(wb.getFontAt(table.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontHeightInPoints())
                    .isEqualTo((short) 18);
            // the region codes are short: the column is the theme's least width
            assertThat(table.getColumnWidth(0)).isEqualTo(20 * 256);
            String chart = wb.getSheet("Chart_1").getDrawingPatriarch().getCharts().get(0).getCTChart().toString();
            assertThat(chart).contains("000080").doesNotContain("12436D");
        }
    }

    @Test
    void aThemeThatDropsALineOrMovesTheTitleIsRefused() {
        Map<String, String> titleSecond = Map.of("ratings.workbook.table-sheet-lines[0]", "description",
                "ratings.workbook.table-sheet-lines[1]", "title");
        assertThatThrownBy(() -> properties(titleSecond)).hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessageContaining("title first");
        assertThatThrownBy(() -> properties(Map.of("ratings.workbook.chart.label-colour", "0")))
                .rootCause().hasMessageContaining("six hex digits");
    }

    @Test
    void theThemeIsBoundFromApplicationYml() {
        WorkbookTheme theme = ReportSettings.properties(30).workbook();
        assertThat(theme.tableSheetLines()).containsExactly(WorkbookTheme.SheetLine.values());
        assertThat(theme.chart().palette()).hasSize(4);
    }

    private static RatingsProperties properties(Map<String, String> theme) {
        Map<String, String> settings = new HashMap<>(theme);
        settings.put("ratings.report.max-table-rows", "2");
        return ReportSettings.properties(30, settings);
    }

    /** Three regions' shares, one not available; a bar chart of the first two. */
    private static final class Shares implements ReportSection {

        private static final Column REGION = Column.text("Region");
        private static final Column SHARE = Column.decimal("Share", "%");

        @Override
        public List<TableContent> tables(ReportRun run, Notes notes) {
            return List.of(new TableContent("shares", "Shares " + notes.ref(new Note("made-up", "Made up.")),
                    List.of(TableContent.ONE_TABLE_WITH_NOTES, "One row per region.",
                    SOURCE), List.of(Column.code("Region code"), REGION, SHARE), List.of(
                    List.of("E12000001", "North East", new BigDecimal("75.0")),
                    List.of("E12000002", "North West", Shorthand.NOT_AVAILABLE),
                    List.of("E12000003", "Yorkshire and The Humber", new BigDecimal("50.0")))));
        }

        @Override
        public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
            return List.of(new ChartContent("shares", "Shares", "Bars of the shares.", ChartContent.Kind.BAR, "shares",
                    0, 0, REGION, List.of(new ChartContent.Series(SHARE, "Share (%)")), "Share (%)"));
        }
    }
}
