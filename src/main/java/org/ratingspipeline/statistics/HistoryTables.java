package org.ratingspipeline.statistics;

import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/**
 * The trend and the improvement journeys, from the figures the run's computeHistory step stored
 * ({@link HistorySummary}): the tables only read and format them.
 */
@Component
public class HistoryTables implements ReportSection {

    /**
     * The keys of its tables, in the order it builds them: the trend's ({@link TrendTables}), then the journeys'
     * ({@link JourneyTables}).
     */
    public static final String TREND = "trend";
    public static final String TREND_ENGLAND = "trend_england";
    public static final String TREND_AREAS = "trend_areas";
    public static final String TRANSITIONS = "transitions";
    public static final String INADEQUATE_NEXT = "inadequate_next";
    public static final String LEAVING_INADEQUATE = "leaving_inadequate";
    public static final String INADEQUATE_NOW = "inadequate_now";

    private final HistorySummary summary;
    private final TrendTables trendTables;
    private final JourneyTables journeyTables;

    public HistoryTables(HistorySummary summary, TrendTables trendTables, JourneyTables journeyTables) {
        this.summary = summary;
        this.trendTables = trendTables;
        this.journeyTables = journeyTables;
    }

    /** The trend's tables first, then the journeys', so notes are numbered in reading order. */
    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        HistorySummary.Figures figures = summary.read(run.runId());
        List<TableContent> tables = new ArrayList<>(trendTables.tables(run, figures.trend(), notes));
        tables.addAll(journeyTables.tables(run, figures.journeys(), notes));
        return tables;
    }

    @Override
    public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
        return trendTables.charts(run, tables);
    }
}
