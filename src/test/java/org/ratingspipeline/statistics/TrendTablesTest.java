package org.ratingspipeline.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.InspectionEra;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.TableContent;

/**
 * The trend's tables formatted from a few hand-made points, as the computeHistory step stores them: no Spring and no
 * database, so what the section does with its figures is tested apart from how they are counted.
 */
class TrendTablesTest {

    private static final String LONDON = "E12000007";
    private static final String NORTH_EAST = "E12000001";
    private static final ReportRun RUN = new ReportRun(1, 1, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30),
            LocalDateTime.of(2025, 7, 1, 2, 0));

    private final TrendTables section = new TrendTables(ReportSettings.properties(30), new AuthorityRegister());

    /** 2024: London one outstanding and two good, the North East one inadequate; 2025: four good or better of five. */
    private static List<TrendPoint> points() {
        TrendPoint first = point(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30),
                count(LONDON, Grade.OUTSTANDING, 1), count(LONDON, Grade.GOOD, 2),
                count(NORTH_EAST, Grade.INADEQUATE, 1));
        TrendPoint second = point(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30),
                count(LONDON, Grade.GOOD, 3), count(NORTH_EAST, Grade.GOOD, 1),
                count(NORTH_EAST, Grade.REQUIRES_IMPROVEMENT, 1));
        return List.of(first, second);
    }

    private static TrendPoint point(LocalDate asAt, LocalDate publishedBy, TrendPoint.Count... counts) {
        return new TrendPoint(new AsAt(asAt, publishedBy), List.of(counts));
    }

    private static TrendPoint.Count count(String region, Grade grade, long authorities) {
        return new TrendPoint.Count(new TrendPoint.Key(region, InspectionEra.ILACS, JudgementArea.OVERALL, grade),
                authorities);
    }

    @Test
    void englandsCompactTableGivesEachDatesCountsAndSharesOfThoseJudged() {
        List<TableContent> tables = section.tables(RUN, points(), new Notes());
        TableContent england = tables.stream().filter(t -> t.key().equals(HistoryTables.TREND_ENGLAND)).findFirst()
                .orElseThrow();
        int share = england.indexOf(InspectionTables.GOOD_OR_OUTSTANDING_SHARE);

        assertThat(england.rows()).hasSize(2);
        // 3 of 4 judged in 2024, 4 of 5 in 2025, worked out by hand
        assertThat(england.rows().get(0)).contains("31 March 2024", 4L, 3L, new BigDecimal("75.0"), 1L,
                new BigDecimal("25.0"));
        assertThat(england.rows().get(1)).contains("31 March 2025", 5L, 4L, new BigDecimal("80.0"), 0L,
                new BigDecimal("0.0"));
        assertThat(england.rows().get(1).get(share)).isEqualTo(new BigDecimal("80.0"));
    }

    @Test
    void theTrendTableHasARowPerDateAreaAndJudgementWithRegionsThatHaveNoneCountedAsNone() {
        TableContent trend = section.tables(RUN, points(), new Notes()).get(0);
        List<List<Object>> londonGood = new ArrayList<>();
        for (List<Object> row : trend.rows()) {
            if (row.contains(LONDON) && row.contains(Grade.GOOD.label())) {
                londonGood.add(row);
            }
        }
        assertThat(londonGood).hasSize(2);
        assertThat(londonGood.get(0)).contains(2L, new BigDecimal("66.7"));
        assertThat(londonGood.get(1)).contains(3L, new BigDecimal("100.0"));
    }

    @Test
    void theChartPlotsEnglandsGoodOrOutstandingShareOverTheDatesThatHaveOne() {
        List<TableContent> tables = section.tables(RUN, points(), new Notes());
        List<ChartContent> charts = section.charts(RUN, tables);

        assertThat(charts).singleElement().satisfies(chart -> {
            assertThat(chart.tableKey()).isEqualTo(HistoryTables.TREND_ENGLAND);
            assertThat(chart.firstRow()).isZero();
            assertThat(chart.lastRow()).isEqualTo(1);
            assertThat(chart.series()).singleElement()
                    .satisfies(s -> assertThat(s.column()).isEqualTo(InspectionTables.GOOD_OR_OUTSTANDING_SHARE));
            assertThat(chart.description()).contains("from 75.0% as at 31 March 2024 to 80.0% as at 31 March 2025");
        });
    }
}
