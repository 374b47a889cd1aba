package org.ratingspipeline.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/** The last table: every input row rejected or loaded with a warning, with its line and reason. */
@Component
public class DataQualityTable implements ReportSection {

    /** The key of its table. */
    public static final String DATA_QUALITY = "data_quality";

    private final SourceLoads loads;
    /** The lines read from the store: as many as the workbook shows of a table (0 there: all). */
    private final int lines;

    public DataQualityTable(SourceLoads loads, RatingsProperties properties) {
        this.loads = loads;
        int max = properties.report().maxTableRows();
        this.lines = max > 0 ? max : Integer.MAX_VALUE;
    }

    /**
     * Only the lines the workbook shows are read (a file of one authority's repeated rows can have hundreds of
     * thousands of problems); the table says how many there are in all.
     */
    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        TableContent table = table(run, loads.problems(run.runId(), lines), loads.forRun(run.runId()));
        long count = loads.problemCount(run.runId());
        // Only a table cut short carries its count: a run without problems has none and one row saying so.
        return List.of(count > table.rows().size() ? table.firstRowsOf(count) : table);
    }

    private TableContent table(ReportRun run, List<RowProblem> problems, List<SourceLoad> sources) {
        String title = "Input rows rejected or loaded with a warning, run " + run.runId();
        List<Column> columns = List.of(Column.text("Outcome"), Column.text("Input file"), Column.text("Column"),
                Column.code("Value"), Column.text("Reason"), Column.count("Line", "number"));
        List<List<Object>> rows = new ArrayList<>();
        for (RowProblem p : problems) {
            rows.add(List.of(p.outcome(), p.fileName(), p.column().isEmpty() ? Shorthand.NOT_APPLICABLE : p.column(),
                    p.value().isEmpty() ? Shorthand.NOT_AVAILABLE : p.value(), p.reason(), p.line()));
        }
        if (rows.isEmpty()) {
            rows.add(TableContent.sayingRow(columns, Shorthand.NOT_APPLICABLE, Map.of("Outcome", "No problems found",
                    "Input file", String.join(", ", sources.stream().map(SourceLoad::fileName).toList()),
                    "Reason", "Every row was loaded as given.")));
        }
        long rejected = sources.stream().mapToLong(SourceLoad::rowsRejected).sum();
        long warned = sources.stream().mapToLong(SourceLoad::rowsWithWarnings).sum();
        return new TableContent(DATA_QUALITY, title, List.of(
                TableContent.ONE_TABLE,
                rejected + " rows were rejected and are not in any figure; " + warned + " rows were loaded after a "
                        + "fault was reconciled, as each reason says. A row with several faults has one line per "
                        + "fault. Line numbers count the header as line 1.",
                "Source: the input files listed on the cover."), columns, rows);
    }

}
