package org.ratingspipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar started as its own process in a working folder, the way cron or an operator starts it. */
final class JarProcess {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private JarProcess() {
    }

    static Path jar() {
        String jar = System.getProperty("ratings.jar", "target/ratings-pipeline.jar");
        return Path.of(jar).toAbsolutePath();
    }

    static ProcessBuilder builder(Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.add("--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("data/ratings") + ";DB_CLOSE_ON_EXIT=FALSE");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile());
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process p = builder(workDir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the jar did not finish within 3 minutes");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
