package org.ratingspipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice Calc run headless as a real client of our files. Each instance has a user profile
 * of its own in a fresh temporary folder, so test runs on one machine never share (or lock) a
 * profile, and a fixed English (UK) locale, so dates and decimals are exported the same way on
 * every machine. Every conversion has a time limit.
 */
public final class LibreOffice implements AutoCloseable {

    /** Export every sheet (token 12 = -1) as UTF-8 CSV, cell values as stored, not as formatted (token 9 = false). */
    public static final String CSV_ALL_SHEETS = "csv:Text - txt - csv "
            + "(StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    private static final long TIMEOUT_SECONDS = 180;

    private final Path soffice;
    private final Path profile;

    private LibreOffice(Path soffice, Path profile) {
        this.soffice = soffice;
        this.profile = profile;
    }

    /** The {@code soffice} on the PATH, if LibreOffice is installed. */
    public static Optional<Path> find() {
        return onPath("soffice");
    }

    /** An executable program on the PATH, e.g. {@code pdftotext}. */
    public static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this is a CI run (CI set, as CI services and .ci/run set it), where a missing LibreOffice is a failure.
     */
    public static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    public static LibreOffice start(Path soffice) throws IOException {
        return new LibreOffice(soffice, Files.createTempDirectory("ratings-lo-profile-"));
    }

    /** Every sheet of the workbook as LibreOffice reads it, by sheet name, each as rows of cell texts. */
    public Map<String, List<String[]>> sheetsAsCsv(Path workbook, List<String> sheetNames,
            Path outDir) throws IOException,
            InterruptedException {
        Conversion c = convert(workbook, CSV_ALL_SHEETS, outDir);
        String base = workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
        Map<String, List<String[]>> sheets = new LinkedHashMap<>();
        for (String sheet : sheetNames) {
            Path csv = outDir.resolve(base + "-" + sheet + ".csv");
            if (!Files.exists(csv)) {
                throw new AssertionError("LibreOffice wrote no CSV for sheet " + sheet + "; it said: " + c.stdout()
                        + c.stderr());
            }
            sheets.put(sheet, TidyCsv.records(csv));
        }
        return sheets;
    }

    /** The workbook converted to OpenDocument, as LibreOffice understood it. */
    public Path toOds(Path workbook, Path outDir) throws IOException, InterruptedException {
        convert(workbook, "ods", outDir);
        Path ods = outDir.resolve(workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".ods"));
        if (!Files.exists(ods)) {
            throw new AssertionError("LibreOffice wrote no " + ods.getFileName());
        }
        return ods;
    }

    /** The workbook printed to PDF as LibreOffice prints it: every sheet, by its print settings. */
    public Path toPdf(Path workbook, Path outDir) throws IOException, InterruptedException {
        convert(workbook, "pdf", outDir);
        Path pdf = outDir.resolve(workbook.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf"));
        if (!Files.exists(pdf)) {
            throw new AssertionError("LibreOffice wrote no " + pdf.getFileName());
        }
        return pdf;
    }

    public record Conversion(String stdout, String stderr) {
    }

    private Conversion convert(Path input, String filter, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path out = Files.createTempFile(profile, "stdout", ".txt");
        Path err = Files.createTempFile(profile, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + profile.resolve("user").toUri(),
                "--headless", "--norestore", "--nologo", "--nolockcheck",
                "--convert-to", filter, "--outdir", outDir.toString(), input.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("LC_ALL", "en_GB.UTF-8");
        pb.environment().put("LANG", "en_GB.UTF-8");
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("LibreOffice did not convert " + input.getFileName() + " within " + TIMEOUT_SECONDS
                    + " s");
        }
        Conversion c = new Conversion(Files.readString(out), Files.readString(err));
        if (p.exitValue() != 0) {
            throw new AssertionError("LibreOffice exited with " + p.exitValue() + ": " + c.stdout() + c.stderr());
        }
        List<String> complaints = c.stderr().lines()
                .filter(l -> !l.contains("javaldx")) // no Java runtime for LibreOffice's extensions; not about our file
                .filter(l -> l.toLowerCase(Locale.ROOT).matches(".*(error|repair|corrupt|invalid|fail).*"))
                .toList();
        if (!complaints.isEmpty()) {
            throw new AssertionError("LibreOffice complained about " + input.getFileName() + ": " + complaints);
        }
        return c;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
