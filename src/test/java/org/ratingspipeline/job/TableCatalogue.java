package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.ratingspipeline.WorkbookView;

/**
 * The README's table of the workbook's tables (How it works, "The workbook's tables"), read as what a run's workbook
 * must hold: which tables, in which order, for the inputs the run was given. The job tests compare it with the
 * workbooks of the runs they make anyway, so that a section added, removed or moved shows up as a difference.
 */
final class TableCatalogue {

    static final Path README = Path.of("README.md");
    /** Where a profile table's key names the authority. */
    static final String AUTHORITY = "<old LA code>";
    /** The run whose titles the README shows (the bundled run's). */
    static final String TITLES_AS_AT = "as at 31 March 2025 (reports published by 30 June 2025)";

    private static final String HEADING = "### The workbook's tables";
    private static final Pattern SQL = Pattern.compile("[a-z0-9-]+\\.sql");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TABLE_NAME = Pattern.compile("table_(\\d+)_(.+)");

    private TableCatalogue() {
    }

    /** A row of the README's table; {@code profile}: repeated for each authority named with --profile. */
    record Row(String key, String title, String className, List<String> sql, boolean spend, boolean visits,
               boolean profile) {

        boolean presentFor(Inputs inputs) {
            return (!spend || inputs.spend()) && (!visits || inputs.visits()) && (!profile
                    || !inputs.profiles().isEmpty());
        }
    }

    /** What a run was given: a spend file, a visits file, the old LA codes profiled (in the order named). */
    record Inputs(boolean spend, boolean visits, List<String> profiles) {
    }

    /** A table by its key and its title without the number and the note markers. */
    record Listed(String key, String title) {
    }

    static List<Row> readme() throws IOException {
        return parse(Files.readAllLines(README));
    }

    static List<Row> parse(List<String> lines) {
        int at = lines.indexOf(HEADING);
        if (at < 0) {
            throw new IllegalArgumentException("the README has no heading '" + HEADING + "'");
        }
        while (!lines.get(at).startsWith("| key |")) {
            at++;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            rows.add(row(lines.get(i)));
        }
        return rows;
    }

    private static Row row(String line) {
        String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
        if (cells.length != 6) {
            throw new IllegalArgumentException("not six cells: " + line);
        }
        Matcher className = CODE.matcher(cells[2]);
        if (!className.find()) {
            throw new IllegalArgumentException("no class in " + line);
        }
        List<String> sql = SQL.matcher(cells[3]).results().map(m -> m.group()).toList();
        String when = cells[5].replace(", for each authority named", "");
        boolean spend = false;
        boolean visits = false;
        boolean profile = false;
        if (!when.equals("always")) {
            if (!when.startsWith("with ")) {
                throw new IllegalArgumentException("'present when' is 'always' or 'with ...': " + line);
            }
            for (String condition : when.substring("with ".length()).split(" and ")) {
                switch (condition) {
                    case "a spend file" -> spend = true;
                    case "a visits file" -> visits = true;
                    case "--profile" -> profile = true;
                    default -> throw new IllegalArgumentException("unknown condition '" + condition + "': " + line);
                }
            }
        }
        return new Row(cells[0].replace("`", ""), cells[1], className.group(1), sql, spend, visits, profile);
    }

    /** The tables a run with these inputs has, in order: each profile's rows once for each authority named. */
    static List<Listed> expected(List<Row> rows, Inputs inputs) {
        List<Listed> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).profile()) {
                if (rows.get(i).presentFor(inputs)) {
                    expected.add(new Listed(rows.get(i).key(), rows.get(i).title()));
                }
                continue;
            }
            int end = i;
            while (end < rows.size() && rows.get(end).profile()) {
                end++;
            }
            for (String code : inputs.profiles()) {
                rows.subList(i, end).stream().filter(r -> r.presentFor(inputs))
                        .forEach(r -> expected.add(new Listed(r.key().replace(AUTHORITY, code), r.title())));
            }
            i = end - 1;
        }
        return expected;
    }

    /** The workbook's tables in sheet order, each numbered one more than the last. */
    static List<Listed> inWorkbook(WorkbookView wb) {
        List<Listed> tables = new ArrayList<>();
        for (Sheet sheet : wb.workbook()) {
            for (XSSFTable table : ((XSSFSheet) sheet).getTables()) {
                Matcher name = TABLE_NAME.matcher(table.getName());
                if (!name.matches()) {
                    continue;
                }
                assertThat(Integer.parseInt(name.group(1))).as(table.getName()).isEqualTo(tables.size() + 1);
                String title = wb.text(sheet.getSheetName(), "A1").replaceFirst("^Table \\d+: ", "")
                        .replaceFirst(" \\[note [0-9,]+\\]$", "");
                tables.add(new Listed(name.group(2), title));
            }
        }
        return tables;
    }

    /**
     * The workbook holds the README's tables for these inputs, in the README's order, and, for the run whose titles
     * the README shows, with those titles (a profile's aside, which name the authority; the data quality table's run
     * number aside).
     */
    static void assertListed(Path workbook, Inputs inputs) throws IOException {
        List<Listed> expected = expected(readme(), inputs);
        try (WorkbookView wb = WorkbookView.open(workbook)) {
            assertSame(inWorkbook(wb), expected, wb.text("Cover", "A1").endsWith(TITLES_AS_AT));
        }
    }

    static void assertSame(List<Listed> actual, List<Listed> expected, boolean titles) {
        assertThat(actual.stream().map(Listed::key).toList())
                .as("the workbook's tables against the README's table of them (How it works), for " + expected.size()
                        + " tables")
                .containsExactlyElementsOf(expected.stream().map(Listed::key).toList());
        if (titles) {
            for (int i = 0; i < actual.size(); i++) {
                if (!actual.get(i).key().startsWith("profile_")) {
                    assertThat(withoutRunNumber(actual.get(i).title())).as(actual.get(i).key() + "'s title")
                            .isEqualTo(withoutRunNumber(expected.get(i).title()));
                }
            }
        }
    }

    private static String withoutRunNumber(String title) {
        return title.replaceFirst(", run \\d+$", ", run N");
    }
}
