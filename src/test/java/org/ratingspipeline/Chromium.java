package org.ratingspipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium as a real reader of the web page. Every call starts a browser with a profile
 * of its own in a fresh temporary folder (so runs never share or lock one), with the features that
 * reach the network switched off, and a time limit.
 */
public final class Chromium {

    private static final long TIMEOUT_SECONDS = 120;
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** Debian's {@code chromium} (or another build of it) on the PATH, if installed. */
    public static Optional<Chromium> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** A PNG of the page's first {@code height} pixels in a window {@code width} pixels wide. */
    public Path screenshot(Path page, int width, int height, Path png) throws IOException, InterruptedException {
        run(width, height, List.of("--screenshot=" + png.toAbsolutePath()), page);
        if (!Files.exists(png)) {
            throw new AssertionError("Chromium wrote no screenshot " + png);
        }
        return png;
    }

    /** The DOM the browser built from the page, as HTML. */
    public String dumpDom(Path page, int width, int height) throws IOException, InterruptedException {
        return run(width, height, List.of("--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
                "--dump-dom"), page);
    }

    /**
     * The DOM of a test wrapper whose script reads a page it frames from the same folder: file URLs are
     * each an origin of their own, so only this call lets a file's script read another file.
     */
    public String dumpDomOfWrapper(Path wrapper, int width, int height) throws IOException, InterruptedException {
        return run(width, height, List.of("--allow-file-access-from-files", "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=5000", "--dump-dom"), wrapper);
    }

    private String run(int width, int height, List<String> action, Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("ratings-chromium-");
        try {
            Path out = profile.resolve("stdout.txt");
            Path err = profile.resolve("stderr.txt");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("user"),
                    "--window-size=" + width + "," + height));
            command.addAll(action);
            command.add(page.toAbsolutePath().toUri().toString());
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("Chromium did not finish with " + page.getFileName() + " within "
                        + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + p.exitValue() + ": " + Files.readString(err));
            }
            return Files.readString(out);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
