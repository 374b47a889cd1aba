package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The job against the embedded default: an H2 database in a file. */
class RatingsJobH2Test extends RatingsJobContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestStores.h2File(registry);
    }

    /**
     * A stored judgement's key has room for 4,095 files a run (inspection.JudgementKey): a folder of 4,096 fails the
     * command line as a bad option does, with one line, before anything is read.
     */
    @Test
    void moreInspectionFilesThanTheKeyHoldsFailTheCommandLineWithOneLine() throws Exception {
        Path folder = Files.createDirectories(work.resolve("many"));
        for (int i = 1; i <= 4096; i++) {
            Files.createFile(folder.resolve(String.format("%04d.csv", i)));
        }
        CommandLineRun run = commandLine(List.of("--inspections=" + folder, "--reports=" + reports));
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(CommandLine.EXIT_USAGE);
        assertThat(run.stderr().lines().toList()).hasSize(1);
        assertThat(run.stderr())
                .startsWith("ratings-pipeline: --inspections names 4096 files; a run reads at most 4095");
        assertThat(Files.exists(report())).as("nothing was run").isFalse();
    }
}
