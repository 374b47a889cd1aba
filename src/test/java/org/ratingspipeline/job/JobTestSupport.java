package org.ratingspipeline.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.profile.ProfileAuthorities;
import org.ratingspipeline.source.SourceList;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the whole job in-process against a real database: a fresh store per test (the pipeline's
 * tables are emptied; Spring Batch's history is kept, as in production), a fresh reports folder.
 */
@SpringBootTest
public abstract class JobTestSupport {

    private static final List<String> PIPELINE_TABLES = List.of("loaded_judgement", "held_problem", "source_overlap",
            "source_disagreement", "removed_inspection", "rejected_row", "row_warning", "latest_judgement",
            "source_file_load", "published_run", "run_lock", "spend", "visit", "trend_point", "trend_count",
            "judgement_transition", "inadequate_judgement");

    @Autowired
    protected RatingsRun ratingsRun;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    private RatingsProperties properties;

    @Autowired
    private GracefulStop gracefulStop;

    @Autowired
    protected ProfileAuthorities profiles;

    @TempDir
    protected Path work;

    protected Path reports;

    @BeforeEach
    void freshStore() throws IOException {
        for (String table : PIPELINE_TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
        reports = Files.createDirectories(work.resolve("reports"));
    }

    protected RunOutcome run(Path inspections, String asOf) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), reports, false));
    }

    protected RunOutcome runForced(Path inspections, String asOf) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), reports, true));
    }

    /** A run with a spend file. */
    protected RunOutcome run(Path inspections, Path spend, String asOf) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), reports, false, spend));
    }

    protected RunOutcome runForced(Path inspections, Path spend, String asOf) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), reports, true, spend));
    }

    /** A run of several inspection files, in order. */
    protected RunOutcome run(List<Path> inspections, String asOf) {
        return run(inspections, asOf, asOf);
    }

    /** A run of several inspection files, in order, with a spend file. */
    protected RunOutcome run(List<Path> inspections, Path spend, String asOf) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), LocalDate.parse(asOf), reports, false,
                spend));
    }

    /** A run of several inspection files, in order, with Ofsted's publication cut-off. */
    protected RunOutcome run(List<Path> inspections, String asOf, String publishedBy) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), LocalDate.parse(publishedBy), reports,
                false,
                null));
    }

    /** A run of several inspection files with a visits file (and no spend file). */
    protected RunOutcome runWithVisits(List<Path> inspections, Path visits, String asOf, String publishedBy) {
        return ratingsRun.run(new RunRequest(inspections, LocalDate.parse(asOf), LocalDate.parse(publishedBy), reports,
                false,
                null, visits, List.of()));
    }

    /** The bundled real file of Ofsted's monitoring and focused visits. */
    protected static Path bundledVisits() {
        return Path.of("input/visits/ofsted-la-visits-2021-to-2025.csv");
    }

    /** What the command line said on stderr, and its exit code. */
    protected record CommandLineRun(int exitCode, String stderr) {
    }

    /** The command line with these options, run in-process as the application runs it, its stderr captured. */
    protected CommandLineRun commandLine(List<String> args) {
        CommandLine line = new CommandLine(ratingsRun, properties, gracefulStop, profiles, true);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            line.run(new DefaultApplicationArguments(args.toArray(String[]::new)));
        } finally {
            System.setErr(err);
        }
        return new CommandLineRun(line.getExitCode(), captured.toString(StandardCharsets.UTF_8));
    }

    protected Path report() {
        return reports.resolve("ratings-report.xlsx");
    }

    /** A file in the test's folder holding the CSV's header and its first row written {@code copies} times. */
    protected Path firstRowCopied(Path csv, int copies, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> copied = new ArrayList<>(List.of(lines.get(0)));
        copied.addAll(Collections.nCopies(copies, lines.get(1)));
        return Files.write(work.resolve(name), copied, StandardCharsets.UTF_8);
    }

    /** A fixture copied into the test's folder, so a test may edit it without touching the original. */
    protected Path fixture(String name) throws IOException {
        try {
            Path source = Path.of(getClass().getResource("/fixtures/" + name).toURI());
            return Files.copy(source, work.resolve(name));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** The bundled real data, as a researcher runs it: Ofsted's own tables first, then the scrapes. */
    protected static List<Path> bundledInspections() {
        return SourceList.expand("input/inspections");
    }

    /**
     * The bundled scrape of Ofsted's reports compiled by Data to Insight (the project's only input before Ofsted's
     * tables).
     */
    protected static Path bundledScrape() {
        return Path.of("input/inspections/03-ilacs-judgements.csv");
    }

    /** The bundled real spend figures. */
    protected static Path bundledSpend() {
        return Path.of("input/spend.csv");
    }
}
