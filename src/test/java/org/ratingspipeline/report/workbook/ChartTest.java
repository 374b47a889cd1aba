package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSections;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.tidy.TidyDatasets;

/** A chart names the columns it plots; their place in the table is looked up, never assumed. */
class ChartTest {

    private static final Column REGION = Column.text("Region");
    private static final Column GOOD = Column.decimal("Good", "%");
    private static final Column INADEQUATE = Column.decimal("Inadequate", "%");
    private static final ReportRun RUN = new ReportRun(1, 1, LocalDate.of(2025, 3, 31),
            LocalDateTime.of(2025, 4, 1, 2, 0));

    @Test
    void aChartNamingAColumnItsTableLacksIsRefusedByName() {
        Column missing = Column.decimal("Requires improvement to be good", "%");
        RatingsWorkbook workbook = workbook(new Regions(List.of(), List.of(GOOD, missing)));
        assertThatThrownBy(() -> workbook.content(RUN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chart regions").hasMessageContaining("Requires improvement to be good (%)")
                .hasMessageContaining("table regions");
    }

    @Test
    void aColumnInsertedBeforeThePlottedOnesLeavesTheChartOnTheSameFigures() throws IOException {
        List<List<String>> before = plotted(new Regions(List.of(), List.of(GOOD, INADEQUATE)));
        List<List<String>> after = plotted(new Regions(List.of(Column.count("Authorities judged", "number"),
                Column.decimal("Outstanding", "%")), List.of(GOOD, INADEQUATE)));
        assertThat(after).isEqualTo(before);
        assertThat(before).containsExactly(List.of("North East", "North West"), List.of("75.0", "60.0"),
                List.of("25.0", "40.0"));
    }

    @Test
    void noteMarkersDoNotHideAColumnButItsUnitAndKindTell() {
        Column share = Column.decimal("Share", "%");
        assertThat(share.withNotes("[note 3]").sameAs(share)).isTrue();
        assertThat(share.withNotes("[note 3]").header()).isEqualTo("Share\n(%)\n[note 3]");
        assertThat(Column.count("Share", "%").sameAs(share)).isFalse();
        assertThat(Column.decimal("Share", "% of judged").sameAs(share)).isFalse();
    }

    @Test
    void aUnitOrNoteMarkerWrittenIntoTheNameIsRefused() {
        assertThatThrownBy(() -> Column.text("Share\n(%)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.text("Framework [note 2]")).isInstanceOf(IllegalArgumentException.class);
    }

    private static RatingsWorkbook workbook(ReportSection section) {
        return new RatingsWorkbook(ReportSettings.properties(30), ReportSections.of(section), runId -> List.of(),
                TidyDatasets.of());
    }

    /** The chart's categories, then each series' values, as the written workbook's chart reads them from cells. */
    private static List<List<String>> plotted(ReportSection section) throws IOException {
        RatingsWorkbook workbook = workbook(section);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(workbook.content(RUN), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFChart chart = wb.getSheet("Chart_1").getDrawingPatriarch().getCharts().get(0);
            List<CTBarSer> series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList();
            List<List<String>> read = new ArrayList<>();
            read.add(cells(wb, series.get(0).getCat().getStrRef().getF()));
            series.forEach(s -> read.add(cells(wb, s.getVal().getNumRef().getF())));
            return read;
        }
    }

    private static List<String> cells(XSSFWorkbook wb, String formula) {
        List<String> values = new ArrayList<>();
        for (CellReference ref : new AreaReference(formula, SpreadsheetVersion.EXCEL2007).getAllReferencedCells()) {
            Cell cell = wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
            values.add(cell.getCellType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(1).toPlainString()
                    : cell.getStringCellValue());
        }
        return values;
    }

    /** A regions table with {@code extra} columns between the region and its shares, charted as stacked bars. */
    private record Regions(List<Column> extra, List<Column> charted) implements ReportSection {

        @Override
        public List<TableContent> tables(ReportRun run, Notes notes) {
            List<Column> columns = new ArrayList<>(List.of(Column.code("Region code"), REGION));
            columns.addAll(extra);
            // the marker is the table's, not the chart's: a chart names a column without its notes' numbers
            columns.addAll(List.of(GOOD.withNotes(notes.ref(new Note("made-up", "Made up."))),
                    INADEQUATE));
            return List.of(new TableContent("regions", "Regional figures", List.of(TableContent.ONE_TABLE_WITH_NOTES),
                    columns, List.of(row("E12000001", "North East", "75.0", "25.0"),
                    row("E12000002", "North West", "60.0", "40.0"))));
        }

        private List<Object> row(String code, String name, String good, String inadequate) {
            List<Object> row = new ArrayList<>(List.of(code, name));
            extra.forEach(c -> row.add(c.kind() == Column.Kind.COUNT ? 99L : new BigDecimal("99.9")));
            row.addAll(List.of(new BigDecimal(good), new BigDecimal(inadequate)));
            return row;
        }

        @Override
        public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
            return List.of(new ChartContent("regions", "Regions", "Stacked bars of the regions.",
                    ChartContent.Kind.STACKED_BAR_100, "regions", 0, 1, REGION,
                    charted.stream().map(c -> new ChartContent.Series(c, c.header())).toList(), "Share (%)"));
        }
    }
}
