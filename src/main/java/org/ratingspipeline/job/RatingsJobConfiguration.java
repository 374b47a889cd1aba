package org.ratingspipeline.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.RegisterTable;
import org.ratingspipeline.common.AsAt;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.common.SqlScripts;
import org.ratingspipeline.finance.Spend;
import org.ratingspipeline.finance.SpendField;
import org.ratingspipeline.finance.SpendFile;
import org.ratingspipeline.finance.SpendReconciler;
import org.ratingspipeline.finance.SpendRowChecker;
import org.ratingspipeline.finance.SpendWriter;
import org.ratingspipeline.inspection.DatePlausibility;
import org.ratingspipeline.inspection.Inspection;
import org.ratingspipeline.inspection.InspectionField;
import org.ratingspipeline.inspection.InspectionFile;
import org.ratingspipeline.inspection.InspectionReconciler;
import org.ratingspipeline.inspection.InspectionRowChecker;
import org.ratingspipeline.inspection.InspectionWriter;
import org.ratingspipeline.report.PublishedRuns;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.publish.ReportPublisher;
import org.ratingspipeline.source.SourceKind;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.CheckedRowReader;
import org.ratingspipeline.source.CsvSourceReader;
import org.ratingspipeline.source.RejectionLog;
import org.ratingspipeline.source.SourceFile;
import org.ratingspipeline.source.SourceLoad;
import org.ratingspipeline.statistics.HistorySummary;
import org.ratingspipeline.statistics.JudgementHistory;
import org.ratingspipeline.statistics.LatestJudgements;
import org.ratingspipeline.visits.Visit;
import org.ratingspipeline.visits.VisitField;
import org.ratingspipeline.visits.VisitFile;
import org.ratingspipeline.visits.VisitReconciler;
import org.ratingspipeline.visits.VisitRowChecker;
import org.ratingspipeline.visits.VisitWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@code ratingsReportJob}: load the register, import the inspection results, reconcile
 * them with what the store held, take the latest judgements as at the reporting date, publish.
 */
@Configuration
public class RatingsJobConfiguration {

    public static final String JOB_NAME = "ratingsReportJob";
    static final String IMPORT_INSPECTIONS = "importInspections";
    static final String IMPORT_INSPECTION_FILE = "importInspectionFile";
    /** A worker step's context key: which of the run's inspection files it reads (from 1). */
    static final String SOURCE_ORDER = "source.order";
    static final String INSPECTION_RESULTS = "inspection results";
    static final String IMPORT_SPEND = "importSpend";
    static final String IMPORT_VISITS = "importVisits";
    private static final Logger log = LoggerFactory.getLogger(RatingsJobConfiguration.class);

    @Bean
    public Job ratingsReportJob(JobRepository jobs, GracefulStop gracefulStop, Step loadRegister,
            Step importInspections, Step importInspectionFile,
                                Step reconcileInspections, Step importSpend, Step reconcileSpend, Step importVisits,
                                Step reconcileVisits, Step computeStatistics, Step computeHistory,
                                Step writeReport) {
        List<Step> steps = List.of(loadRegister, importInspections, reconcileInspections, importSpend, reconcileSpend,
                importVisits, reconcileVisits, computeStatistics, computeHistory, writeReport);
        // Every step, and each file's step of the import, asks GracefulStop before it starts: a step that starts
        // after a stop was requested ends STOPPED before its first chunk, on the job's own thread.
        for (Step step : steps) {
            ((AbstractStep) step).registerStepExecutionListener(gracefulStop);
        }
        ((AbstractStep) importInspectionFile).registerStepExecutionListener(gracefulStop);
        SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobs).listener(gracefulStop).start(steps.get(0));
        steps.subList(1, steps.size()).forEach(job::next);
        return job.build();
    }

    @Bean
    public Step loadRegister(JobRepository jobs, PlatformTransactionManager tx, RegisterTable register) {
        return new StepBuilder("loadRegister", jobs).tasklet((contribution, context) -> {
            int rows = register.refresh();
            contribution.incrementWriteCount(rows);
            return RepeatStatus.FINISHED;
        }, tx).allowStartIfComplete(true).build();
    }

    /**
     * One partition per inspection file, run one after another: each keeps its own position, counts and restart point.
     */
    @Bean
    public Step importInspections(JobRepository jobs, Step importInspectionFile, Partitioner inspectionFiles) {
        return new StepBuilder(IMPORT_INSPECTIONS, jobs)
                .partitioner(IMPORT_INSPECTION_FILE, inspectionFiles)
                .step(importInspectionFile)
                .taskExecutor(new SyncTaskExecutor())
                .build();
    }

    @Bean
    @StepScope
    public Partitioner inspectionFiles(@Value("#{stepExecution}") StepExecution step) {
        int files = RunParameters.files(step.getJobExecution().getJobParameters(), RunParameters.INSPECTIONS).size();
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 1; i <= files; i++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(SOURCE_ORDER, i);
                partitions.put(partitionName(i), context);
            }
            return partitions;
        };
    }

    @Bean
    public Step importInspectionFile(JobRepository jobs, PlatformTransactionManager tx, RatingsProperties properties,
                                     ItemStreamReader<CheckedRow<Inspection>> inspectionReader,
                                     InspectionWriter inspectionWriter, GracefulStop gracefulStop) {
        return new StepBuilder(IMPORT_INSPECTION_FILE, jobs)
                .<CheckedRow<Inspection>, CheckedRow<Inspection>>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(inspectionReader)
                .writer(inspectionWriter)
                .listener(new ImportProgress<Inspection>(SourceKind.INSPECTIONS.code(), gracefulStop))
                .build();
    }

    @Bean
    @StepScope
    public CheckedRowReader<InspectionField, Inspection> inspectionReader(@Value("#{stepExecution}") StepExecution step,
            InspectionRowChecker inspectionChecker) {
        SourceFile file = inspectionsFile(step);
        return new CheckedRowReader<>(new CsvSourceReader<>(file, INSPECTION_RESULTS, InspectionField.class,
                header -> InspectionFile.checkHeader(file, header)), inspectionChecker);
    }

    @Bean
    public InspectionRowChecker inspectionChecker(AuthorityRegister register, RatingsProperties properties) {
        RatingsProperties.InspectionDates dates = properties.inspectionDates();
        return new InspectionRowChecker(register,
                DatePlausibility.of(dates.earliest(), dates.yearsAhead(), LocalDate.now()));
    }

    @Bean
    @StepScope
    public InspectionWriter inspectionWriter(JdbcTemplate jdbc, SqlScripts sql,
            @Value("#{stepExecution}") StepExecution step) {
        return new InspectionWriter(jdbc, sql, new RejectionLog(jdbc, sql), runId(step),
                step.getExecutionContext().getInt(SOURCE_ORDER), inspectionsFile(step).fileName());
    }

    @Bean
    public Step reconcileInspections(JobRepository jobs, PlatformTransactionManager tx, InspectionReconciler reconciler,
                                     GracefulStop gracefulStop) {
        return new StepBuilder("reconcileInspections", jobs).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            JobExecution job = step.getJobExecution();
            List<SourceFile> files = RunParameters.files(job.getJobParameters(), RunParameters.INSPECTIONS);
            List<Long> read = new ArrayList<>();
            for (int i = 1; i <= files.size(); i++) {
                read.add(rowsRead(jobs, job, IMPORT_INSPECTION_FILE + ":" + partitionName(i), INSPECTION_RESULTS));
            }
            reconciler.reconcile(runId(step), files, read, () -> honourStop(step, gracefulStop))
                    .forEach(RatingsJobConfiguration::logLoad);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /**
     * Ends a tasklet between two of its statements when a stop was requested (SIGTERM: GracefulStop raises its
     * flag): the tasklet's transaction is rolled back, the step ends
     * STOPPED, the process exits 143 and the next run does the step again. Without it a stop waited for the
     * whole tasklet.
     */
    static void honourStop(StepExecution step, GracefulStop stop) {
        // The flag, and what Spring Batch marks itself when a stop comes from elsewhere (JobOperator.stop)
        if (stop.stopping() || step.isTerminateOnly() || step.getJobExecution().getStatus() == BatchStatus.STOPPING) {
            throw new StopRequested(step.getStepName());
        }
    }

    /** Spring Batch marks a step STOPPED, not FAILED, when the cause of its exception is a JobInterruptedException. */
    static final class StopRequested extends RuntimeException {
        StopRequested(String stepName) {
            super("stop requested during " + stepName,
                    new JobInterruptedException("stop requested during " + stepName));
        }
    }

    private static String partitionName(int order) {
        return "file" + order;
    }

    /** The inspection file of a worker step's partition. */
    private static SourceFile inspectionsFile(StepExecution step) {
        return RunParameters.file(step.getJobExecution().getJobParameters(), RunParameters.INSPECTIONS,
                step.getExecutionContext().getInt(SOURCE_ORDER));
    }

    /** Reads nothing when the run has no spend file, so the job is the same with or without one. */
    @Bean
    public Step importSpend(JobRepository jobs, PlatformTransactionManager tx, RatingsProperties properties,
                            ItemStreamReader<CheckedRow<Spend>> spendReader, SpendWriter spendWriter,
                            GracefulStop gracefulStop) {
        return new StepBuilder(IMPORT_SPEND, jobs)
                .<CheckedRow<Spend>, CheckedRow<Spend>>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(spendReader)
                .writer(spendWriter)
                .listener(new ImportProgress<Spend>(SourceKind.SPEND.code(), gracefulStop))
                .build();
    }

    @Bean
    @StepScope
    public CheckedRowReader<SpendField, Spend> spendReader(@Value("#{stepExecution}") StepExecution step,
            SpendRowChecker spendChecker) {
        SourceFile file = spendFile(step.getJobExecution().getJobParameters());
        if (file == null) {
            return CheckedRowReader.none();
        }
        return new CheckedRowReader<>(new CsvSourceReader<>(file, SpendFile.DESCRIPTION, SpendField.class,
                header -> SpendFile.checkHeader(file, header)), spendChecker);
    }

    @Bean
    public SpendRowChecker spendChecker(AuthorityRegister register) {
        return new SpendRowChecker(register);
    }

    @Bean
    @StepScope
    public SpendWriter spendWriter(JdbcTemplate jdbc, SqlScripts sql, @Value("#{stepExecution}") StepExecution step) {
        SourceFile file = spendFile(step.getJobExecution().getJobParameters());
        return new SpendWriter(jdbc, sql, new RejectionLog(jdbc, sql), runId(step),
                file == null ? "" : file.fileName());
    }

    @Bean
    public Step reconcileSpend(JobRepository jobs, PlatformTransactionManager tx, SpendReconciler reconciler) {
        return new StepBuilder("reconcileSpend", jobs).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            JobExecution job = step.getJobExecution();
            SourceFile file = spendFile(job.getJobParameters());
            if (file == null) {
                log.info("no spend file in this run");
                return RepeatStatus.FINISHED;
            }
            logLoad(reconciler.reconcile(runId(step), file, rowsRead(jobs, job, IMPORT_SPEND, SpendFile.DESCRIPTION)));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** Reads nothing when the run has no visits file, as the spend import does without a spend file. */
    @Bean
    public Step importVisits(JobRepository jobs, PlatformTransactionManager tx, RatingsProperties properties,
                             ItemStreamReader<CheckedRow<Visit>> visitReader, VisitWriter visitWriter,
                             GracefulStop gracefulStop) {
        return new StepBuilder(IMPORT_VISITS, jobs)
                .<CheckedRow<Visit>, CheckedRow<Visit>>chunk(properties.chunkSize())
                .transactionManager(tx)
                .reader(visitReader)
                .writer(visitWriter)
                .listener(new ImportProgress<Visit>(SourceKind.VISITS.code(), gracefulStop))
                .build();
    }

    @Bean
    @StepScope
    public CheckedRowReader<VisitField, Visit> visitReader(@Value("#{stepExecution}") StepExecution step,
            VisitRowChecker visitChecker) {
        SourceFile file = visitsFile(step.getJobExecution().getJobParameters());
        if (file == null) {
            return CheckedRowReader.none();
        }
        return new CheckedRowReader<>(new CsvSourceReader<>(file, VisitFile.DESCRIPTION, VisitField.class,
                header -> VisitFile.checkHeader(file, header)), visitChecker);
    }

    @Bean
    public VisitRowChecker visitChecker(AuthorityRegister register, RatingsProperties properties) {
        RatingsProperties.InspectionDates dates = properties.inspectionDates();
        return new VisitRowChecker(register,
                DatePlausibility.of(dates.earliest(), dates.yearsAhead(), LocalDate.now()));
    }

    @Bean
    @StepScope
    public VisitWriter visitWriter(JdbcTemplate jdbc, SqlScripts sql, @Value("#{stepExecution}") StepExecution step) {
        SourceFile file = visitsFile(step.getJobExecution().getJobParameters());
        return new VisitWriter(jdbc, sql, new RejectionLog(jdbc, sql), runId(step),
                file == null ? "" : file.fileName());
    }

    @Bean
    public Step reconcileVisits(JobRepository jobs, PlatformTransactionManager tx, VisitReconciler reconciler) {
        return new StepBuilder("reconcileVisits", jobs).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            JobExecution job = step.getJobExecution();
            SourceFile file = visitsFile(job.getJobParameters());
            if (file == null) {
                log.info("no visits file in this run");
                return RepeatStatus.FINISHED;
            }
            logLoad(reconciler.reconcile(runId(step), file, rowsRead(jobs, job, IMPORT_VISITS, VisitFile.DESCRIPTION)));
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    public Step computeStatistics(JobRepository jobs, PlatformTransactionManager tx, LatestJudgements latest) {
        return new StepBuilder("computeStatistics", jobs).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            AsAt asAt = RunParameters.asAt(step.getJobExecution().getJobParameters());
            int authorities = latest.take(runId(step), asAt);
            contribution.incrementWriteCount(authorities);
            log.info("latest judgements {}: {} authorities judged", asAt.describe(), authorities);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /**
     * The trend and the journeys, from one ordered pass over the stored judgements, into the run's own tables
     * (HistorySummary), which the report then only reads. One transaction, stopped between authorities.
     */
    @Bean
    public Step computeHistory(JobRepository jobs, PlatformTransactionManager tx, HistorySummary summary,
                               JudgementHistory history, GracefulStop gracefulStop) {
        return new StepBuilder("computeHistory", jobs).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            AsAt asAt = RunParameters.asAt(step.getJobExecution().getJobParameters());
            // The pass over every judgement is kept for writeReport, which needs the same (released there).
            history.keep(runId(step), asAt);
            HistorySummary.Taken taken = summary.take(runId(step), asAt, () -> honourStop(step, gracefulStop));
            contribution.incrementWriteCount(taken.rows());
            log.info("trend and journeys {}: {} judgements of {} authorities read, {} rows stored", asAt.describe(),
                    taken.judgements(), taken.authorities(), taken.rows());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    public Step writeReport(JobRepository jobs, PlatformTransactionManager tx, ReportPublisher publisher,
                            PublishedRuns published, GracefulStop gracefulStop, JudgementHistory history) {
        return new StepBuilder("writeReport", jobs).tasklet((contribution, context) -> {
            StepExecution step = context.getStepContext().getStepExecution();
            JobExecution job = step.getJobExecution();
            long runId = runId(step);
            AsAt asAt = RunParameters.asAt(job.getJobParameters());
            ReportRun run = new ReportRun(runId, job.getId(), asAt, job.getStartTime(),
                    RunParameters.profiles(job.getJobParameters()));
            // Kept since computeHistory read them, or read once now for the sections and tidy files that use them.
            history.keep(runId, asAt);
            Path target;
            try {
                target = publisher.publish(run, Path.of(job.getJobParameters().getString(RunParameters.REPORTS)),
                        () -> honourStop(step, gracefulStop));
            } finally {
                history.release(runId, asAt);
            }
            published.record(runId, job.getId(), asAt.inspectedBy());
            job.getExecutionContext().putString("report", target.toString());
            log.info("report written to {}", target);
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    /** How many data rows an import step's reader returned, over all its attempts (its position survives a restart). */
    private static long rowsRead(JobRepository jobs, JobExecution job, String importStep, String description) {
        StepExecution imported = jobs.getLastStepExecution(job.getJobInstance(), importStep);
        return imported.getExecutionContext().getLong(CsvSourceReader.rowsReadKey(description), 0L);
    }

    private static void logLoad(SourceLoad load) {
        log.info("{}: {} rows read, {} loaded, {} rejected, {} loaded with a warning", load.fileName(), load.rowsRead(),
                load.rowsLoaded(), load.rowsRejected(), load.rowsWithWarnings());
    }

    static long runId(StepExecution step) {
        return step.getJobExecution().getJobInstance().getInstanceId();
    }

    /** The run's visits file, or null when it has none. */
    public static SourceFile visitsFile(JobParameters p) {
        List<SourceFile> files = RunParameters.files(p, RunParameters.VISITS);
        return files.isEmpty() ? null : files.get(0);
    }

    /** The run's spend file, or null when it has none. */
    static SourceFile spendFile(JobParameters p) {
        List<SourceFile> files = RunParameters.files(p, RunParameters.SPEND);
        return files.isEmpty() ? null : files.get(0);
    }
}
