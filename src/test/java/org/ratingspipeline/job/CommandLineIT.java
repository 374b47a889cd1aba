package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of the packaged jar: defaults, exit codes, one line on stderr, the last report kept. */
class CommandLineIT {

    @TempDir
    Path work;

    @Test
    void runsOnTheBundledDataWithItsDefaultsAndKeepsTheReportWhenABrokenFileFollows() throws Exception {
        Files.createDirectories(work.resolve("input"));
        Files.copy(Path.of("input/inspections.csv"), work.resolve("input/inspections.csv"));

        JarProcess.Result first = JarProcess.run(work, "--as-of=2018-03-31");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("279 rows read, 273 loaded, 6 rejected");
        Path report = work.resolve("reports/ratings-report.xlsx");
        assertThat(report).exists();
        assertThat(work.resolve("reports/archive")).isDirectoryContaining("glob:**/ratings-report-2018-03-31-run*.xlsx");
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
        Files.createDirectories(work.resolve("input"));
        Files.copy(Path.of("input/inspections.csv"), work.resolve("input/inspections.csv"));
        Files.copy(Path.of("input/spend.csv"), work.resolve("input/spend.csv"));

        JarProcess.Result withSpend = JarProcess.run(work, "--as-of=2025-03-31");
        assertThat(withSpend.exitCode()).as(withSpend.stderr()).isZero();
        assertThat(withSpend.stdout()).contains("spend.csv 442 rows read, 442 loaded, 0 rejected");

        JarProcess.Result missing = JarProcess.run(work, "--spend=nowhere.csv", "--as-of=2025-03-31");
        assertThat(missing.exitCode()).isEqualTo(CommandLine.EXIT_INPUT);
        assertThat(missing.stderr().strip()).isEqualTo("ratings-pipeline: The children's social care spend file nowhere.csv does not exist.");
    }

    @Test
    void helpAndUsageErrors() throws Exception {
        JarProcess.Result help = JarProcess.run(work, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--inspections=FILE").contains("--spend=FILE").contains("--as-of=DATE").contains("Exit codes");

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
}
