package org.ratingspipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.ratingspipeline.LibreOffice;
import org.ratingspipeline.PdfWords;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.job.JobTestSupport;
import org.ratingspipeline.job.RatingsJobConfiguration;
import org.ratingspipeline.job.RunParameters;
import org.ratingspipeline.job.RunOutcome;
import org.ratingspipeline.job.RunRequest;

/**
 * The workbook as a reader sees it on paper, and in a PDF, which LibreOffice lays out as it lays
 * out the screen: every sheet printed by LibreOffice, and judged from where the PDF draws each
 * word ({@code pdftotext -bbox-layout}): every cell's full text is on its sheet's pages and no
 * two words are drawn over each other. Skipped, loudly, only on a developer's machine without
 * LibreOffice or poppler-utils; under CI a missing program fails.
 */
class PrintedWorkbookTest extends JobTestSupport {

    /**
     * The bundled workbook printed on 218 pages before it had print settings. It printed on 60 with
     * the tables of 1 December 2026; the statistical neighbours, spend per child and visits tables
     * add about 35 (95 with every bundled input), the neighbours' table printed several pages wide at
     * a size a reader can read. A budget, so a change that doubles the pages is seen.
     */
    private static final int MOST_PAGES = 100;

    @Autowired
    private JobRepository jobRepository;

    private Path soffice;
    private Path pdftotext;

    @BeforeEach
    void programs() {
        soffice = required(LibreOffice.find(), "LibreOffice (soffice)", "libreoffice-calc-nogui");
        pdftotext = required(LibreOffice.onPath("pdftotext"), "pdftotext", "poppler-utils");
    }

    @Test
    void bundledWorkbookPrintsEveryCellWithNothingOverlappingOnAFewDozenPages() throws Exception {
        // Every bundled input, as bin/ratings-pipeline reads them by default: the visits tables print too.
        RunOutcome outcome = ratingsRun.run(new RunRequest(bundledInspections(), LocalDate.parse("2025-03-31"),
                LocalDate.parse("2025-03-31"), reports, false, bundledSpend(), bundledVisits(), List.of()));
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        Printed printed = print(report());
        assertThat(printed.problems()).as("what a reader of the printed workbook would see wrong").isEmpty();
        assertThat(printed.pages()).as("pages").hasSizeLessThanOrEqualTo(MOST_PAGES);
        System.out.println("the bundled workbook prints on " + printed.pages().size() + " pages");
    }

    @Test
    void longRejectedValuesWrapWithinTheirRows() throws Exception {
        RunOutcome outcome = run(fixture("long-values.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        Printed printed = print(report());
        assertThat(printed.problems()).as("what a reader of the printed workbook would see wrong").isEmpty();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.table(wb.sheetOf("data_quality")).toString())
                    .as("the fixture's long value is in the data-quality table")
                    .contains("caseloads in the assessment teams");
        }
    }

    /**
     * The store keeps the job's history, so the "Recent runs" table grows to its 20 rows (here one run of three
     * files and 19 copies of it in the job repository, then the bundled run), and runs that read several files put
     * several 64-character checksums in a row: every row, the oldest (the table's last) included, is printed.
     */
    @Test
    void aFullRunHistoryIsPrintedToItsLastRow() throws Exception {
        List<Path> several = List.of(fixture("source-a.csv"), fixture("source-b.csv"), fixture("clean.csv"));
        RunOutcome filler = run(several, "2025-03-01");
        assertThat(filler.exitCode()).as(filler.message()).isZero();
        repeatInTheJobRepository(jobRepository.getLastJobExecution(
                jobRepository.getLastJobInstance(RatingsJobConfiguration.JOB_NAME)), 19);
        RunOutcome outcome = run(bundledInspections(), bundledSpend(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        try (WorkbookView wb = WorkbookView.open(report())) {
            assertThat(wb.table(wb.sheetOf("run_history"))).as("the run history's header and its 20 rows").hasSize(21);
        }

        Printed printed = print(report());
        assertThat(printed.problems()).as("what a reader of the printed workbook would see wrong").isEmpty();
    }

    /**
     * The same run, as at each following day, {@code times} more times: what the table shows of a run comes from
     * the job repository alone (its parameters, times and status), so these rows print as that many more runs of
     * the three files would, without running them (19 runs took half a minute of the suite).
     */
    private void repeatInTheJobRepository(JobExecution run, int times) {
        LocalDate asOf = run.getJobParameters().getLocalDate(RunParameters.AS_OF);
        LocalDate publishedBy = run.getJobParameters().getLocalDate(RunParameters.PUBLISHED_BY);
        for (int day = 1; day <= times; day++) {
            // both dates move, as they did when each day was a run of its own (published by its reporting date)
            JobParameters parameters = new JobParametersBuilder(run.getJobParameters())
                    .addLocalDate(RunParameters.AS_OF, asOf.plusDays(day), true)
                    .addLocalDate(RunParameters.PUBLISHED_BY, publishedBy.plusDays(day), true).toJobParameters();
            JobInstance instance = jobRepository.createJobInstance(RatingsJobConfiguration.JOB_NAME, parameters);
            JobExecution copy = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
            copy.setStartTime(run.getStartTime().plusMinutes(day));
            copy.setEndTime(run.getEndTime().plusMinutes(day));
            copy.setStatus(run.getStatus());
            copy.setExitStatus(run.getExitStatus());
            copy.setLastUpdated(copy.getEndTime());
            jobRepository.update(copy);
        }
    }

    /**
     * The look test fails on the cover as it was (wrapped paragraphs at the default row height),
     * and on a column of numbers too narrow for them (shown as ###).
     */
    @Test
    void defaultRowHeightsAndANarrowColumnAreSeen() throws Exception {
        RunOutcome outcome = run(bundledInspections(), bundledSpend(), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        Path defaultHeights = work.resolve("default-heights").resolve("ratings-report.xlsx");
        Files.createDirectories(defaultHeights.getParent());
        String firstCount;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report()));
             OutputStream out = Files.newOutputStream(defaultHeights)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.setHeight((short) -1);
                }
            }
            workbook.getSheet("Table_1").setColumnWidth(1, 2 * 256);
            // the first data row, below however many rows the lines above the table take
            firstCount = "B" + (workbook.getSheet("Table_1").getTables().get(0).getStartRowIndex() + 2) + " '33'";
            workbook.write(out);
        }

        List<String> problems = print(defaultHeights).problems();
        assertThat(problems).as("problems of the workbook at default row heights")
                // LibreOffice draws a paragraph taller than its row over the rows below, or cuts it off
                .anyMatch(p -> p.startsWith("page 1: ") && p.contains("overlap")
                        || p.startsWith("Cover: ") && p.contains("words of its cells are not on"))
                .anyMatch(p -> p.startsWith("Table_1: ") && p.contains(firstCount));
    }

    private record Printed(List<PdfWords.Page> pages, List<String> problems) {
    }

    private Printed print(Path workbook) throws IOException, InterruptedException {
        try (LibreOffice calc = LibreOffice.start(soffice); WorkbookView wb = WorkbookView.open(workbook)) {
            Path pdf = calc.toPdf(workbook, workbook.resolveSibling("pdf"));
            List<PdfWords.Page> pages = PdfWords.read(pdftotext, pdf);
            return new Printed(pages, new PrintedLook(wb.workbook(), pages).problems());
        }
    }

    private static Path required(Optional<Path> program, String name, String debianPackage) {
        if (program.isPresent()) {
            return program.get();
        }
        if (LibreOffice.onCi()) {
            fail("CI is set but " + name + " is not on the PATH: install " + debianPackage + " (.ci/run does)");
        }
        String message = name + " is not installed, so the workbook was NOT printed and looked at. "
                + "Install it with: apt-get install -y " + debianPackage;
        System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPED: " + message + "\n" + "!".repeat(100) + "\n");
        Assumptions.abort(message);
        return null;
    }
}
