package org.ratingspipeline.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.finance.SpendFile;
import org.ratingspipeline.report.PublishedRuns;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.publish.ReportPublisher;
import org.ratingspipeline.report.publish.TidyDataFiles;
import org.ratingspipeline.report.web.HeadlinePage;
import org.ratingspipeline.source.InputFileException;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceLoads;
import org.ratingspipeline.visits.VisitFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the job once for a request: checks the inputs, decides whether there is anything to do,
 * starts (or restarts) the job instance for these inputs, and turns the result into an exit code
 * and one line a researcher or an operator can act on.
 */
@Component
public class RatingsRun {

    private static final Logger log = LoggerFactory.getLogger(RatingsRun.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final SourceLoads loads;
    private final TidyDataFiles tidyData;

    private final RunLock lock;
    private final PublishedRuns published;

    public RatingsRun(JobOperator operator, JobRepository repository, Job ratingsReportJob, SourceLoads loads,
                      TidyDataFiles tidyData, RunLock lock, PublishedRuns published) {
        this.operator = operator;
        this.repository = repository;
        this.job = ratingsReportJob;
        this.loads = loads;
        this.lock = lock;
        this.published = published;
        this.tidyData = tidyData;
    }

    /** Runs the job unless another run holds the store, in which case nothing is touched. */
    public RunOutcome run(RunRequest request) {
        RunLock.Attempt attempt = lock.acquire();
        if (attempt instanceof RunLock.Busy busy) {
            return new RunOutcome(CommandLine.EXIT_BUSY, busy.holder().describe() + "; this run did nothing");
        }
        try (RunLock.Lease lease = ((RunLock.Acquired) attempt).lease()) {
            return runLocked(request);
        }
    }

    private RunOutcome runLocked(RunRequest request) {
        long started = System.nanoTime();
        JobParametersBuilder parameters;
        try {
            parameters = parameters(request);
        } catch (InputFileException e) {
            return new RunOutcome(CommandLine.EXIT_INPUT, e.getMessage());
        }
        JobExecution last = repository.getLastJobExecution(RatingsJobConfiguration.JOB_NAME,
                parameters.toJobParameters());
        Path report = request.reports().resolve(ReportPublisher.REPORT_FILE);
        Optional<RunOutcome> upToDate = upToDate(request, parameters, report);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        prepareRestart(last, parameters);

        JobParameters jobParameters = parameters.toJobParameters();
        JobExecution execution;
        try {
            execution = operator.start(job, jobParameters);
        } catch (Exception e) {
            return new RunOutcome(CommandLine.EXIT_FAILED, "the run could not start: " + CommandLine.rootMessage(e));
        }
        double seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
        return outcome(execution, request, report, seconds);
    }

    /**
     * The run's parameters: its dates and reports folder, and each input file inspected (path, size, encoding,
     * SHA-256), which also refuses a file that cannot be an input before any job starts.
     */
    private static JobParametersBuilder parameters(RunRequest request) {
        List<SourceFile> inspections = new ArrayList<>();
        List<SourceFile> spend = new ArrayList<>();
        List<SourceFile> visits = new ArrayList<>();
        for (Path file : request.inspections()) {
            inspections.add(SourceFile.inspect(file, "inspection results"));
        }
        if (request.spend() != null) {
            spend.add(SourceFile.inspect(request.spend(), SpendFile.DESCRIPTION));
        }
        if (request.visits() != null) {
            visits.add(SourceFile.inspect(request.visits(), VisitFile.DESCRIPTION));
        }
        return RunParameters.encode(new AsAt(request.asOf(), request.publishedBy()), request.reports(), inspections,
                spend, visits, request.profiles());
    }

    /**
     * Up to date: the report last published came from these very inputs and date, and its files are all in place
     * (unless --force).
     */
    private Optional<RunOutcome> upToDate(RunRequest request, JobParametersBuilder parameters, Path report) {
        Optional<JobExecution> inPlace = published.latest().map(p -> repository.getJobExecution(p.jobExecutionId()))
                .filter(e -> inputs(e.getJobParameters()).equals(inputs(parameters.toJobParameters())));
        if (request.force() || inPlace.isEmpty() || !Files.exists(report)) {
            return Optional.empty();
        }
        JobExecution e = inPlace.get();
        ReportRun inPlaceRun = new ReportRun(e.getJobInstance().getInstanceId(), e.getId(), request.asOf(),
                request.publishedBy(), e.getStartTime(), request.profiles());
        if (tidyData.allPublishedIn(request.reports(), inPlaceRun)
                && Files.exists(request.reports().resolve(HeadlinePage.FILE))) {
            return Optional.of(new RunOutcome(CommandLine.EXIT_OK, "the report is up to date: run "
                    + inPlaceRun.runId() + " made it from the same inputs and reporting date on " + e.getEndTime()
                    + " (" + report + "); use --force to run again"));
        }
        return Optional.empty();
    }

    /** A completed run of the same inputs is run again as a new instance; one that died mid-run is recovered. */
    private void prepareRestart(JobExecution last, JobParametersBuilder parameters) {
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            parameters.addString(RunParameters.FORCED_AT, LocalDateTime.now().toString(), true);
        } else if (last != null && last.isRunning()) {
            // The lock held by RunLock guarantees no other process is running: this one died mid-run.
            log.warn("run {} (job execution {}) was interrupted without being marked; recovering it so it can restart",
                    last.getJobInstance().getInstanceId(), last.getId());
            operator.recover(last);
        }
    }

    /** The exit code and the one line that says how the run ended. */
    private RunOutcome outcome(JobExecution execution, RunRequest request, Path report, double seconds) {
        long runId = execution.getJobInstance().getInstanceId();
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String counts = loads.forRun(runId).stream()
                    .map(s -> s.fileName() + " " + s.rowsRead() + " rows read, " + s.rowsLoaded() + " loaded, "
                            + s.rowsRejected() + " rejected"
                            + (s.rowsFromOtherSource() > 0 ? ", " + s.rowsFromOtherSource() + " taken from another file"
                            : "") + " (" + s.rowsWithWarnings() + " with warnings)")
                    .collect(Collectors.joining("; "));
            return new RunOutcome(CommandLine.EXIT_OK, String.format("run %d (job execution %d) as at %s: %s; report "
                    + "written to %s in %.1f s",
                    runId, execution.getId(), request.asOf(), counts,
                    execution.getExecutionContext().getString("report", report.toString()),
                    seconds));
        }
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new RunOutcome(CommandLine.EXIT_STOPPED, "run " + runId + " was stopped before it finished; the "
                    + "last good report is unchanged. Run the same command again to resume it.");
        }
        InputFileException input = find(execution, InputFileException.class);
        if (input != null) {
            return new RunOutcome(CommandLine.EXIT_INPUT, input.getMessage() + " No report was written; the last good "
                    + "report is unchanged.");
        }
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        log.error("run {} failed", runId, failure);
        return new RunOutcome(CommandLine.EXIT_FAILED, "run " + runId + " failed: "
                + (failure == null ? execution.getExitStatus().getExitDescription() : CommandLine.rootMessage(failure))
                + ". The last good report is unchanged; the log has the details.");
    }

    /** What identifies a run's inputs: its identifying parameters, less the stamp --force adds. */
    private static Map<String, Object> inputs(JobParameters parameters) {
        Map<String, Object> inputs = new HashMap<>();
        parameters.getIdentifyingParameters().stream().filter(p -> !p.name().equals(RunParameters.FORCED_AT))
                .forEach(p -> inputs.put(p.name(), p.value()));
        return inputs;
    }

    private static <T extends Throwable> T find(JobExecution execution, Class<T> type) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (type.isInstance(c)) {
                    return type.cast(c);
                }
            }
        }
        return null;
    }
}
