package org.ratingspipeline.job;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs the whole job in-process against a real database: a fresh store per test (the pipeline's
 * tables are emptied; Spring Batch's history is kept, as in production), a fresh reports folder.
 */
@SpringBootTest
public abstract class JobTestSupport {

    private static final List<String> PIPELINE_TABLES = List.of("inspection", "removed_inspection", "rejected_row",
            "row_warning", "latest_judgement", "source_load", "published_run", "run_lock", "spend");

    @Autowired
    protected RatingsRun ratingsRun;

    @Autowired
    protected JdbcTemplate jdbc;

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

    protected Path report() {
        return reports.resolve("ratings-report.xlsx");
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

    /** The bundled real data, as a researcher runs it. */
    protected static Path bundledInspections() {
        return Path.of("input/inspections.csv");
    }

    /** The bundled real spend figures. */
    protected static Path bundledSpend() {
        return Path.of("input/spend.csv");
    }
}
