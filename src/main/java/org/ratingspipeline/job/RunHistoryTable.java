package org.ratingspipeline.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/** The recent executions of the job, from Spring Batch's job repository: how the figures came to be. */
@Component
public class RunHistoryTable implements ReportSection {

    /** The key of its table. */
    public static final String RUN_HISTORY = "run_history";

    private final RunHistory history;
    private final DamagedStoreGuard store;

    public RunHistoryTable(RunHistory history, DamagedStoreGuard store) {
        this.history = history;
        this.store = store;
    }

    /** The first report from a store started afresh because the old one was damaged says so, and where that one is. */
    @Override
    public List<Cover.Line> inputs(ReportRun run) {
        return store.setAside().filter(s -> run.runId() == 1).map(s -> List.of(Cover.Line.of(s.describe())))
                .orElse(List.of());
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunHistory.Execution e : history.recent()) {
            Map<String, String> p = e.parameters();
            boolean thisRun = e.executionId() == run.jobExecutionId();
            rows.add(List.of(e.instanceId(), e.executionId(), date(p.get(RunParameters.AS_OF)), time(e.started()),
                    thisRun ? Shorthand.NOT_AVAILABLE : time(e.ended()),
                    thisRun ? "Publishing (this report)" : String.valueOf(e.status()),
                    thisRun ? Shorthand.NOT_APPLICABLE : exitMessage(e),
                    text(inspectionFiles(p, "path")), text(inspectionFiles(p, "sha256"))));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the job repository has no execution of " + RatingsJobConfiguration.JOB_NAME
                    + ", not even this one");
        }
        return List.of(new TableContent(RUN_HISTORY, "Recent runs of the pipeline", List.of(
                TableContent.ONE_TABLE,
                "The 20 most recent executions of the job, newest first. A run that failed or was stopped is resumed "
                        + "by running it again with the same inputs, as a new execution of the same run.",
                "Source: the Spring Batch job repository of this store."),
                List.of(Column.plain("Run", "id"), Column.plain("Job execution", "id"), Column.date("Reporting date"),
                        Column.dateTime("Started"), Column.dateTime("Ended"), Column.text("Status"),
                                Column.text("Exit message"),
                        Column.text("Inspection results files"), Column.code("Inspection results SHA-256")),
                rows));
    }

    private static Object text(String value) {
        return value == null || value.isBlank() ? Shorthand.NOT_AVAILABLE : value;
    }

    /** The job parameter as a date, shown as the other dates are (and not as text run into the id before it). */
    private static Object date(String value) {
        return value == null || value.isBlank() ? Shorthand.NOT_AVAILABLE : LocalDate.parse(value);
    }

    /** Each inspection file's name (or checksum), in the run's order, one after another. */
    private static String inspectionFiles(Map<String, String> parameters, String what) {
        return RunParameters.storedFileFields(parameters, RunParameters.INSPECTIONS, what).stream()
                .map(v -> v == null ? "" : what.equals("path") ? Path.of(v).getFileName().toString() : v)
                .collect(Collectors.joining(" "));
    }

    private static Object time(LocalDateTime value) {
        // Whole seconds, as shown: a fraction would make the cell differ from what a reader sees.
        return value == null ? Shorthand.NOT_AVAILABLE : value.withNano(0);
    }

    /** Spring Batch keeps a failure's whole stack trace; the first line says what happened. */
    private static Object exitMessage(RunHistory.Execution e) {
        String message = e.exitMessage();
        if (message == null || message.isBlank()) {
            return String.valueOf(e.exitCode());
        }
        String first = message.lines().findFirst().orElse("").strip();
        return first.length() > 200 ? first.substring(0, 197) + "..." : first;
    }
}
