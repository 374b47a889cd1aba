package org.ratingspipeline.report.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Table;
import org.ratingspipeline.report.tidy.TidyDataset;

/**
 * Everything a report shows, built once per run. The workbook and the web page are both written
 * from this one object, so a figure on the page is the very value in the workbook's cell.
 *
 * @param tables   the numbered tables, in workbook order
 * @param byKey    the same tables by their section's key ({@code national}, {@code regions}, ...)
 * @param tidyData the tidy CSV files published beside the workbook for this run
 */
public record ReportContent(ReportRun run, Cover cover, List<Table> tables, Map<String, Table> byKey,
                            List<Chart> charts, Notes notes, List<TidyDataset> tidyData) {

    public ReportContent {
        tables = List.copyOf(tables);
        byKey = Map.copyOf(byKey);
        charts = List.copyOf(charts);
        tidyData = List.copyOf(tidyData);
    }

    public Optional<Table> table(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The table sheet a chart draws its numbers from. */
    public Table source(Chart chart) {
        return tables.stream().filter(t -> t.sheetName().equals(chart.sourceSheet())).findFirst()
                .orElseThrow(() -> new IllegalStateException(chart.sheetName() + " draws on " + chart.sourceSheet()
                        + ", which the report does not have"));
    }
}
