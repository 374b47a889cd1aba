package org.ratingspipeline.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged application started as its own process in a working folder, the way cron or an
 * operator starts it: through {@code bin/ratings-pipeline}, the README's command, which runs the
 * unpacked jar with its class archive and ahead-of-time compiled context (or the jar itself when
 * the build made no target/app).
 */
final class JarProcess {

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** A started process whose output goes to files the test can watch. */
    record Running(Process process, Path stdout, Path stderr) {

        /** Waits until the output has a line matching the test (or the process ends, or time runs out). */
        boolean awaitLine(Predicate<String> test, long seconds) throws IOException, InterruptedException {
            long deadline = System.currentTimeMillis() + seconds * 1000;
            while (System.currentTimeMillis() < deadline) {
                if (Files.readAllLines(stdout).stream().anyMatch(test)
                        || Files.readAllLines(stderr).stream().anyMatch(test)) {
                    return true;
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(20);
            }
            return false;
        }

        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the jar did not finish within 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        }
    }

    private JarProcess() {
    }

    /**
     * Copies the bundled inspection files into the working folder's input/inspections, as a fresh checkout has them,
     * so a process started there with no --inspections reads them by its defaults.
     */
    static void copyBundledInspections(Path workDir) throws IOException {
        Path folder = Files.createDirectories(workDir.resolve("input/inspections"));
        try (var files = Files.list(Path.of("input/inspections"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
    }

    static Path launcher() {
        return Path.of(System.getProperty("ratings.launcher", "bin/ratings-pipeline")).toAbsolutePath();
    }

    static String databaseUrl(Path workDir) {
        return "jdbc:h2:file:" + workDir.resolve("data/ratings") + ";AUTO_SERVER=TRUE";
    }

    static Running start(Path workDir, String... args) throws IOException {
        return start(List.of(), workDir, args);
    }

    /** With options for the JVM itself, e.g. a heap cap. */
    static Running start(List<String> jvmOptions, Path workDir, String... args) throws IOException {
        List<String> withStore = new ArrayList<>(List.of("--spring.datasource.url=" + databaseUrl(workDir)));
        withStore.addAll(List.of(args));
        return startWith(jvmOptions, workDir, withStore);
    }

    /** Exactly these arguments (the test names the store itself). */
    static Running startWith(List<String> jvmOptions, Path workDir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(args);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // the JDK running the tests, with the test's JVM options after the launcher's own
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("RATINGS_JAVA_OPTS", String.join(" ", jvmOptions));
        return new Running(builder.start(), out, err);
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return start(workDir, args).await();
    }
}
