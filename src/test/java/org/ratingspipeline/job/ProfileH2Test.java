package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.LibreOffice;
import org.ratingspipeline.WorkbookView;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The profile tests against an H2 database in a file, with the command line's refusal and LibreOffice's reading. */
class ProfileH2Test extends ProfileContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }

    /** A name no authority has fails the run as any bad option does: exit 2, one line, nothing run. */
    @Test
    void anUnknownProfileNameFailsTheCommandLineWithOneLine() throws Exception {
        for (List<String> args : List.of(List.of("--profile=Croydon,Atlantis"), List.of("--profile=999"),
                List.of("--profile="), List.of("--profile=Croydon", "--profile=E09999999"))) {
            List<String> all = new ArrayList<>(args);
            all.add("--reports=" + reports);
            CommandLineRun run = commandLine(all);
            assertThat(run.exitCode()).as(args + ": " + run.stderr()).isEqualTo(CommandLine.EXIT_USAGE);
            assertThat(run.stderr().lines().toList()).as(args.toString()).hasSize(1);
            assertThat(run.stderr()).startsWith("ratings-pipeline: --profile").endsWith("(see --help)"
                    + System.lineSeparator());
        }
        assertThat(Files.exists(report())).as("nothing was run").isFalse();
        assertThat(profiles.resolve(List.of("croydon, Bromley", "306", "Bristol, City of"), LocalDate.now()))
                .containsExactly("306", "305", "801");
    }

    /** LibreOffice Calc opens the workbook with the profiles and reads their text. */
    @Test
    void libreOfficeReadsTheProfileSheets() throws Exception {
        Optional<Path> soffice = LibreOffice.find();
        if (soffice.isEmpty()) {
            if (LibreOffice.onCi()) {
                fail("CI is set but LibreOffice (soffice) is not on the PATH: install libreoffice-calc-nogui (.ci/run "
                        + "does)");
            }
            System.err.println("\n!!! SKIPPED: LibreOffice (soffice) is not installed, so the profile sheets were NOT "
                    + "opened in a real spreadsheet program. Install it with: apt-get install -y "
                    + "libreoffice-calc-nogui\n");
            Assumptions.abort("LibreOffice is not installed");
        }
        RunOutcome outcome = runWithProfiles("Croydon");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();
        List<String> sheets = List.of("Profile_Croydon_judgements", "Profile_Croydon_spend",
                "Profile_Croydon_spend_chart", "Profile_Croydon_over_chart");
        try (WorkbookView wb = WorkbookView.open(report()); LibreOffice calc = LibreOffice.start(soffice.get())) {
            assertThat(wb.sheetNames()).containsAll(sheets);
            Map<String, List<String[]>> read = calc.sheetsAsCsv(report(), sheets, work.resolve("libreoffice-csv"));
            assertThat(text(read.get("Profile_Croydon_judgements"))).contains("Profile of Croydon (306)")
                    .contains("01-ofsted-sif-judgements-2014-to-2018.csv").contains("Inadequate");
            assertThat(text(read.get("Profile_Croydon_spend"))).contains("2023 to 2024")
                    .contains(wb.rows("Profile_Croydon_spend").get(2).get("Spend per child\n(£)").replace(",", ""));
            assertThat(text(read.get("Profile_Croydon_spend_chart"))).contains("This worksheet contains one chart.");
            Path pdf = calc.toPdf(report(), work.resolve("libreoffice-pdf"));
            assertThat(Files.size(pdf)).isPositive();
            // kept for a look at the printed profile pages (target/ is not part of the project's tree)
            Path kept = Files.createDirectories(Path.of("target/profile"));
            Files.copy(report(), kept.resolve("ratings-report.xlsx"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.copy(pdf, kept.resolve("ratings-report.pdf"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String text(List<String[]> rows) {
        return String.join("\n", rows.stream().map(r -> String.join(",", r)).toList());
    }
}
