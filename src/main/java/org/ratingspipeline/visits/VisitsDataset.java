package org.ratingspipeline.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyFilter;
import org.ratingspipeline.report.tidy.TidyIndicator;
import org.ratingspipeline.report.tidy.TidyLocation;
import org.ratingspipeline.report.tidy.TidyRow;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;
import org.ratingspipeline.visits.VisitFigures.Figures;
import org.ratingspipeline.visits.VisitFigures.TypeTheme;
import org.springframework.stereotype.Component;

/**
 * The visits-by-type table as tidy data: England, one row per financial year, visit type and theme
 * (with {@code Total} levels for all types and all themes), the counts of the workbook's table.
 */
@Component
public class VisitsDataset implements TidyDataset {

    public static final String NAME = "ofsted_la_childrens_services_visits";
    static final String TOTAL = "Total";

    static final TidyFilter TYPE = TidyFilter.withTotal("visit_type", "Visit type",
            "Monitoring visits are made to authorities judged inadequate, focused visits to the others");
    static final TidyFilter THEME = TidyFilter.withTotal("visit_theme", "Visit theme", "The theme Ofsted gives the "
            + "visit");
    static final TidyIndicator VISITS = TidyIndicator.count("visits", "Visits");

    private final VisitFigures figures;

    public VisitsDataset(VisitFigures figures) {
        this.figures = figures;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Ofsted's monitoring visits and focused visits of local authority children's services made by the "
                + "reporting date, England, by financial year, visit type and theme";
    }

    @Override
    public boolean publishedFor(ReportRun run) {
        return figures.hasVisits(run);
    }

    @Override
    public TidyTable table(ReportRun run) {
        Figures f = figures.of(run);
        // All types together, by theme ("All themes" is the Total level).
        Map<String, Map<Integer, Long>> allTypes = new TreeMap<>();
        for (TypeTheme t : f.byTypeAndTheme()) {
            Map<Integer, Long> sum = allTypes.computeIfAbsent(t.theme(), k -> new TreeMap<>());
            t.byYear().forEach((y, n) -> sum.merge(y, n, Long::sum));
        }
        List<TidyRow> rows = new ArrayList<>();
        for (int year : f.years()) {
            TidyTime time = new TidyTime(String.format("%d%02d", year, (year + 1) % 100), "Financial year");
            for (TypeTheme t : f.byTypeAndTheme()) {
                rows.add(row(time, t.type().label(), t.theme(), t.byYear().get(year)));
            }
            allTypes.forEach((theme, byYear) -> rows.add(row(time, TOTAL, theme, byYear.getOrDefault(year, 0L))));
        }
        if (rows.isEmpty()) {
            rows.add(row(TidyTime.reportingYear(run.asOf()), TOTAL, TOTAL, 0L));
        }
        return new TidyTable(List.of(TYPE, THEME), List.of(VISITS), rows);
    }

    private static TidyRow row(TidyTime time, String type, String theme, long visits) {
        return new TidyRow(time, TidyLocation.national(),
                List.of(type, theme.equals(VisitFigures.ALL_THEMES) ? TOTAL : theme),
                List.of(visits));
    }
}
