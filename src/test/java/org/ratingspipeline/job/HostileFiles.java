package org.ratingspipeline.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.ratingspipeline.authority.LocalAuthority;

/**
 * The hostile corpus: inspection and spend files generated over real authorities, right row by
 * row until a seeded random source spoils some of them, and files that cannot be inputs at all.
 * Every spoilt value is recorded with the line it is on, as the data-quality table must show it.
 */
final class HostileFiles {

    static final List<String> INSPECTION_HEADER = List.of("la_code", "new_la_code", "la_name", "framework",
            "inspection_date", "publication_date", "overall_effectiveness", "impact_of_leaders", "help_and_protection",
            "children_in_care", "care_leavers");
    static final List<String> SPEND_HEADER = List.of("old_la_code", "new_la_code", "la_name", "financial_year",
            "budget_gbp", "outturn_gbp");
    private static final List<String> GRADES = List.of("Outstanding", "Good", "Requires improvement", "Inadequate");

    /** A value planted on a line; for spend, whether it must reject the row (else it is loaded with a warning). */
    record Value(long line, String column, String value, boolean rejected) {
    }

    /** A generated file: its data rows and the values spoilt in it. */
    record Planted(Path file, int rows, List<Value> values) {
    }

    /** A file the run must refuse, with what the one line must say. */
    record Refused(String name, Path file, boolean spend, String expected) {
    }

    /** A way to spoil one row of an inspection file: the column and the value put there (given the row's authority). */
    private record Spoiler(String column, Function<LocalAuthority, String> value) {
    }

    private final Path dir;
    private final List<LocalAuthority> authorities;
    private final Random random;

    HostileFiles(Path dir, List<LocalAuthority> authorities, Random random) {
        this.dir = dir;
        this.authorities = authorities;
        this.random = random;
    }

    /** Grades, dates, identifiers and text a spreadsheet would run, each in a column it cannot be true in. */
    private List<Spoiler> spoilers() {
        List<Spoiler> s = new ArrayList<>();
        for (String grade : List.of("Excellent", "5", "0", "=HYPERLINK(\"http://x\",\"y\")", "+SUM(1;2)", "@SUM(1+1)",
                "-2+3", "Good\nish", "Go\u202Eod", "Good\u0007", "G".repeat(10_000), "\uFF1D1+1", "Goodd\tx")) {
            s.add(new Spoiler("overall_effectiveness", a -> grade));
        }
        s.add(new Spoiler("care_leavers", a -> "Excellent"));
        for (String date : List.of("31/02/2023", "2023-13-45", "yesterday", "=NOW()", "2023-02-30", "13 Smarch 2023")) {
            s.add(new Spoiler("inspection_date", a -> date));
        }
        s.add(new Spoiler("la_name", a -> a.name() + "!!"));
        s.add(new Spoiler("la_name", a -> "=" + a.name()));
        s.add(new Spoiler("la_name", a -> a.name() + " \u2603"));
        s.add(new Spoiler("la_name", a -> authorities.stream().filter(o -> !o.oldCode().equals(a.oldCode())).findFirst()
                .orElseThrow().name()));
        s.add(new Spoiler("la_code", a -> "999"));
        s.add(new Spoiler("new_la_code", a -> "E99999999"));
        return s;
    }

    /** One right ILACS judgement per authority, then {@code spoilt} rows each spoilt one way. */
    Planted inspections(String name, int spoilt) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (LocalAuthority a : authorities) {
            int month = 1 + random.nextInt(9);
            String grade = GRADES.get(random.nextInt(GRADES.size()));
            String inspected = "2022-0" + month + "-1" + random.nextInt(10);
            String published = "2022-" + (month + 2 < 10 ? "0" : "") + (month + 2) + "-20";
            rows.add(new ArrayList<>(List.of(a.oldCode(), a.newCode(), a.name(), "ILACS", inspected, published, grade,
                    grade, grade, grade, grade)));
        }
        List<Spoiler> spoilers = spoilers();
        List<int[]> cells = new ArrayList<>();
        for (int row : pick(rows.size(), spoilt)) {
            // every way once, then at random
            int way = cells.size() < spoilers.size() ? cells.size() : random.nextInt(spoilers.size());
            Spoiler spoiler = spoilers.get(way);
            rows.get(row).set(INSPECTION_HEADER.indexOf(spoiler.column()), spoiler.value().apply(authorities.get(row)));
            cells.add(new int[] {row, INSPECTION_HEADER.indexOf(spoiler.column())});
        }
        return write(name, INSPECTION_HEADER, rows, cells, r -> true);
    }

    /** Three financial years per authority; one row per hostile amount, each on its own row. */
    Planted spend(String name) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (LocalAuthority a : authorities) {
            for (int year = 2021; year <= 2023; year++) {
                long budget = 10_000_000L + random.nextInt(400_000_000);
                long outturn = budget + random.nextInt(20_000_000) - 10_000_000;
                rows.add(new ArrayList<>(List.of(a.oldCode(), a.newCode(), a.name(), year + "-" + (year - 1999),
                        String.format("%,d", budget), String.valueOf(outturn))));
            }
        }
        // amount, column (4 budget, 5 outturn), whether the row must be rejected
        List<Object[]> hostile = List.of(new Object[] {"1234567890123456789012345678901234567890", 4, true},
                new Object[] {"99999999999999999999.99", 5, true}, new Object[] {"£1,000,000,000,000,000", 4, true},
                new Object[] {"NaN", 4, false}, new Object[] {"null", 5, false}, new Object[] {"Infinity", 4, true},
                new Object[] {"-Infinity", 5, true}, new Object[] {"-5,000,000", 4, true},
                new Object[] {"(78,539,000)", 4, true},
                new Object[] {"(1)", 5, true}, new Object[] {"1e400", 4, true}, new Object[] {"£", 4, true},
                new Object[] {"12,34", 5, true}, new Object[] {"=1+1", 4, true}, new Object[] {"\u22125", 4, true});
        List<int[]> spoilt = new ArrayList<>();
        Set<Integer> rejected = new HashSet<>();
        List<Integer> chosen = pick(rows.size(), hostile.size());
        for (int i = 0; i < hostile.size(); i++) {
            int row = chosen.get(i);
            rows.get(row).set((Integer) hostile.get(i)[1], (String) hostile.get(i)[0]);
            spoilt.add(new int[] {row, (Integer) hostile.get(i)[1]});
            if ((Boolean) hostile.get(i)[2]) {
                rejected.add(row);
            }
        }
        return write(name, SPEND_HEADER, rows, spoilt, rejected::contains);
    }

    private List<Integer> pick(int size, int count) {
        Set<Integer> picked = new TreeSet<>();
        while (picked.size() < Math.min(count, size)) {
            picked.add(random.nextInt(size));
        }
        List<Integer> shuffled = new ArrayList<>(picked);
        Collections.shuffle(shuffled, random);
        return shuffled;
    }

    /** Writes RFC 4180 CSV, counting physical lines, so each spoilt value knows the line its row starts on. */
    private Planted write(String name, List<String> header, List<List<String>> rows, List<int[]> spoilt,
                          IntPredicate rejected) throws IOException {
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        long line = 2;
        long[] lineOf = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            lineOf[r] = line;
            out.append(String.join(",", rows.get(r).stream().map(HostileFiles::quoted).toList())).append('\n');
            line += 1 + rows.get(r).stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
        }
        List<Value> values = new ArrayList<>();
        for (int[] s : spoilt) {
            values.add(new Value(lineOf[s[0]], header.get(s[1]), rows.get(s[0]).get(s[1]), rejected.test(s[0])));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return new Planted(file, rows.size(), values);
    }

    private static String quoted(String value) {
        return value.matches("(?s).*[,\"\n\r].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    // ---- files that cannot be inputs ---------------------------------------------------------------------------

    List<Refused> refusedCorpus() throws IOException, InterruptedException {
        List<Refused> c = new ArrayList<>();
        String header = String.join(",", INSPECTION_HEADER);
        String good = Files.readString(inspections("base-" + random.nextInt(1000) + ".csv", 0).file());
        List<String> lines = good.lines().toList();
        c.add(text("header only", header + "\n", "has a header but no data rows"));
        c.add(text("empty", "", "is empty"));
        c.add(text("blank lines only", "\n\n \n", "has no header row"));
        String rows = "\n" + String.join("\n", lines.subList(1, 5));
        c.add(text("overall effectiveness twice", header.replace("impact_of_leaders", "Overall effectiveness")
                .replace("overall_effectiveness", "Overall effectiveness") + rows,
                "two columns for overall_effectiveness: 'Overall effectiveness' (column 7) and 'Overall effectiveness' "
                        + "(column 8)"));
        c.add(text("two aliases of overall effectiveness",
                header.replace("impact_of_leaders", "Overall effectiveness grade") + rows, "two columns for "
                + "overall_effectiveness: 'overall_effectiveness' (column 7) and 'Overall effectiveness grade' "
                + "(column 8)"));
        c.add(text("two aliases of the old LA code", header.replace("framework", "LA number") + rows,
                "two columns for la_code"));
        for (int n = 0; n < 3; n++) {
            int at = 2 + random.nextInt(lines.size() - 3);
            c.add(unclosedQuote(lines, at, "\n"));
        }
        c.add(unclosedQuote(lines, 2 + random.nextInt(lines.size() - 3), "\r\n"));
        c.add(text("unclosed quote in the header", "\"" + String.join("\n", withoutQuotes(lines.subList(0, 6))),
                "line 1: a quoted field is never closed"));
        c.addAll(notText(good));
        c.add(text("no overall effectiveness column", good.replace("overall_effectiveness", "overall_grade"),
                "has no overall effectiveness column"));
        c.add(text("no authority column", good.replaceFirst("la_code,new_la_code,la_name", "a,b,c"),
                "has no column that identifies the local authority"));
        c.add(text("unknown columns only", "URN,Link\n1,x\n", "has no overall effectiveness column"));
        c.addAll(notFiles());
        fifo().ifPresent(c::add);
        c.addAll(refusedSpend());
        return c;
    }

    /** A NUL byte somewhere, UTF-16 and random bytes: not text, whatever the header. */
    private List<Refused> notText(String good) throws IOException {
        List<Refused> c = new ArrayList<>();
        int nulAt = random.nextInt(good.length());
        String withNul = good.substring(0, nulAt) + "\0" + good.substring(nulAt);
        c.add(bytes("NUL byte at " + nulAt, withNul.getBytes(StandardCharsets.UTF_8), "is not a text file"));
        c.add(bytes("UTF-16", good.getBytes(StandardCharsets.UTF_16LE), "is not a text file"));
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        noise[random.nextInt(noise.length)] = 0;
        c.add(bytes("random bytes", noise, "is not a text file"));
        return c;
    }

    /** Paths that are not regular files, refused before a byte is read. */
    private List<Refused> notFiles() throws IOException {
        List<Refused> c = new ArrayList<>();
        Path folder = Files.createDirectories(dir.resolve("folder.csv"));
        c.add(new Refused("a folder", folder, false, "is a folder, not a file"));
        c.add(new Refused("a missing file", dir.resolve("missing.csv"), false, "does not exist"));
        c.add(new Refused("/dev/null", Path.of("/dev/null"), false, "/dev/null is a device, not a file"));
        c.add(new Refused("/dev/zero", Path.of("/dev/zero"), false, "/dev/zero is a device, not a file"));
        c.add(new Refused("/dev/zero as spend", Path.of("/dev/zero"), true, "/dev/zero is a device, not a file"));
        return c;
    }

    private List<Refused> refusedSpend() throws IOException {
        String header = String.join(",", SPEND_HEADER);
        LocalAuthority a = authorities.stream().filter(x -> !x.name().contains(",")).findFirst().orElseThrow();
        String row = a.oldCode() + "," + a.newCode() + "," + a.name() + ",2022-23,1000,2000";
        return List.of(
                spend("spend header only", header + "\n", "has a header but no data rows"),
                spend("spend budget twice", header + ",Budget (£000)\n" + row + ",1\n",
                        "two columns for budget_gbp: 'budget_gbp' (column 5) and 'Budget (£000)' (column 7)"),
                spend("spend without a year", header.replace("financial_year", "period") + "\n" + row + "\n",
                        "has no financial year column"),
                spend("spend unclosed quote", header + "\n" + row + "\n" + row.replace("2022-23", "\"2023-24") + "\n"
                        + row + "\n", "line 3: a quoted field is never closed"));
    }

    private Refused unclosedQuote(List<String> lines, int line, String newline) throws IOException {
        List<String> broken = new ArrayList<>(withoutQuotes(lines));
        broken.set(line - 1, broken.get(line - 1).replaceFirst(",ILACS,", ",\"ILACS,"));
        String name = "unclosed quote on line " + line + (newline.equals("\r\n") ? " (CRLF)" : "");
        return text(name, String.join(newline, broken) + newline, "line " + line + ": a quoted field is never closed");
    }

    /** Lines with no quote, so that a quote left open is never closed by a quoted name further on. */
    private static List<String> withoutQuotes(List<String> lines) {
        return lines.stream().map(l -> l.replace("\"", "")).toList();
    }

    private Refused text(String name, String content, String expected) throws IOException {
        return bytes(name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private Refused spend(String name, String content, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve(slug(name) + ".csv"), content);
        return new Refused(name, file, true, expected);
    }

    private Refused bytes(String name, byte[] content, String expected) throws IOException {
        return new Refused(name, Files.write(dir.resolve(slug(name) + ".csv"), content), false, expected);
    }

    /** A named pipe with no writer: reading it would block for ever. */
    private Optional<Refused> fifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor() != 0) {
            return Optional.empty();
        }
        return Optional.of(new Refused("a named pipe", fifo, false, "pipe.csv is a device, not a file"));
    }

    private static String slug(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
