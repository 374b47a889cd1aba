package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line of the packaged application: defaults, exit codes, one line on stderr, the last report kept, both
 * stores.
 */
class CommandLineIT {

    @TempDir
    Path work;

    @Test
    void runsOnTheBundledDataWithItsDefaultsAndKeepsTheReportWhenABrokenFileFollows() throws Exception {
        JarProcess.copyBundledInspections(work);

        JarProcess.Result first = JarProcess.run(work, "--as-of=2018-03-31");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("01-ofsted-sif-judgements-2014-to-2018.csv 173 rows read, 173 loaded, 0 "
                + "rejected")
                .contains("03-ilacs-judgements.csv 279 rows read, 44 loaded, 3 rejected, 232 taken from another file");
        Path report = work.resolve("reports/ratings-report.xlsx");
        assertThat(report).exists();
        assertThat(work.resolve("reports/archive"))
                .isDirectoryContaining("glob:**/ratings-report-2018-03-31-run*.xlsx");
        byte[] good = Files.readAllBytes(report);
        Path csv = work.resolve("reports/ofsted_la_childrens_services_judgements.csv");
        assertThat(csv).exists();
        assertThat(work.resolve("reports/ofsted_la_childrens_services_judgements.meta.csv")).exists();
        assertThat(work.resolve("reports/archive"))
                .isDirectoryContaining("glob:**/ofsted_la_childrens_services_judgements-2018-03-31-run*.csv");
        byte[] goodCsv = Files.readAllBytes(csv);

        JarProcess.Result again = JarProcess.run(work, "--as-of=2018-03-31");
        assertThat(again.exitCode()).isZero();
        assertThat(again.stdout()).contains("up to date");

        Files.writeString(work.resolve("broken.csv"), "la_code,la_name,inspection_date\n306,Croydon,2020-02-10\n");
        JarProcess.Result broken = JarProcess.run(work, "--inspections=broken.csv", "--as-of=2018-03-31");
        assertThat(broken.exitCode()).isEqualTo(CommandLine.EXIT_INPUT);
        assertThat(broken.stderr().strip()).startsWith("ratings-pipeline: The inspection results file ")
                .contains("broken.csv has no overall effectiveness column")
                .doesNotContain("\n");
        assertThat(Files.readAllBytes(report)).isEqualTo(good);
        assertThat(Files.readAllBytes(csv)).isEqualTo(goodCsv);
    }

    @Test
    void readsTheDefaultSpendFileWhenItIsThereAndFailsOnANamedOneThatIsNot() throws Exception {
        JarProcess.copyBundledInspections(work);
        Files.copy(Path.of("input/spend.csv"), work.resolve("input/spend.csv"));

        JarProcess.Result withSpend = JarProcess.run(work, "--as-of=2025-03-31");
        assertThat(withSpend.exitCode()).as(withSpend.stderr()).isZero();
        assertThat(withSpend.stdout()).contains("spend.csv 442 rows read, 442 loaded, 0 rejected");

        JarProcess.Result missing = JarProcess.run(work, "--spend=nowhere.csv", "--as-of=2025-03-31");
        assertThat(missing.exitCode()).isEqualTo(CommandLine.EXIT_INPUT);
        assertThat(missing.stderr().strip()).isEqualTo("ratings-pipeline: The children's social care spend file "
                + "nowhere.csv does not exist.");
    }

    /**
     * The launcher's ahead-of-time compiled context was built for the default (H2) settings; the
     * production store must work through it too, with the same figures.
     */
    @Test
    void runsOnPostgreSqlWithTheSameFiguresAsOnH2() throws Exception {
        JarProcess.copyBundledInspections(work);
        Path h2Reports = work.resolve("reports-h2");
        Path pgReports = work.resolve("reports-pg");

        JarProcess.Result h2 = JarProcess.run(work, "--as-of=2025-03-31", "--reports=" + h2Reports);
        assertThat(h2.exitCode()).as(h2.stderr()).isZero();
        JarProcess.Result pg = JarProcess.startWith(List.of(), work, List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + EmbeddedPostgresServer.newDatabaseUrl(),
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--as-of=2025-03-31", "--reports=" + pgReports)).await();
        assertThat(pg.exitCode()).as(pg.stderr()).isZero();
        assertThat(pg.stdout()).contains("03-ilacs-judgements.csv 279 rows read, 44 loaded, 3 rejected, 232 taken "
                + "from another file");

        // the national and regional tables, cell for cell (the cover and run history name each run)
        for (String sheet : List.of("Table_1", "Table_2", "Table_3", "Table_4", "Table_5")) {
            assertThat(cells(pgReports.resolve("ratings-report.xlsx"), sheet)).as(sheet)
                    .isNotEmpty().isEqualTo(cells(h2Reports.resolve("ratings-report.xlsx"), sheet));
        }
    }

    private static List<String> cells(Path xlsx, String sheet) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            for (Row row : workbook.getSheet(sheet)) {
                for (Cell cell : row) {
                    out.add(cell.getAddress() + "=" + format.formatCellValue(cell));
                }
            }
        }
        return out;
    }

    @Test
    void helpAndUsageErrors() throws Exception {
        JarProcess.Result help = JarProcess.run(work, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--inspections=FILES").contains("--published-by=DATE")
                .contains("--spend=FILE").contains("--as-of=DATE").contains("Exit codes");

        JarProcess.Result badDate = JarProcess.run(work, "--as-of=31/03/2025");
        assertThat(badDate.exitCode()).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(badDate.stderr()).contains("--as-of must be a date written like 2025-03-31");

        JarProcess.Result unknown = JarProcess.run(work, "--inspection=typo.csv");
        assertThat(unknown.exitCode()).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(unknown.stderr()).contains("unknown option --inspection");

        JarProcess.Result missing = JarProcess.run(work, "--inspections=nowhere.csv");
        assertThat(missing.exitCode()).isEqualTo(CommandLine.EXIT_INPUT);
        assertThat(missing.stderr()).contains("nowhere.csv does not exist");
    }

    /**
     * The launcher picks the parallel collector (bench/README.md has why), and an operator who names another in
     * RATINGS_JAVA_OPTS gets that one instead of a JVM that refuses to start with two.
     */
    @Test
    void theLauncherRunsTheParallelCollectorUnlessTheJavaOptionsNameAnother() throws Exception {
        JarProcess.Result chosen = JarProcess.startWith(List.of("-Xlog:gc"), work, List.of("--help")).await();
        assertThat(chosen.exitCode()).as(chosen.stderr()).isZero();
        assertThat(chosen.stdout()).contains("Using Parallel");

        JarProcess.Result named = JarProcess.startWith(List.of("-XX:+UseSerialGC", "-Xlog:gc"), work,
                List.of("--help")).await();
        assertThat(named.exitCode()).as(named.stdout() + named.stderr()).isZero();
        assertThat(named.stdout()).contains("Using Serial").doesNotContain("Using Parallel");
    }
}
