package org.ratingspipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.LibreOffice;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.job.JobTestSupport;
import org.ratingspipeline.job.RunOutcome;

/**
 * The workbook opened by a real spreadsheet program, not by the library that wrote it (rule A12):
 * LibreOffice Calc converts the report built from the bundled Ofsted data, plus rows whose values
 * look like formulas, and must read on every sheet, cell by cell, the values the pipeline wrote,
 * and every Excel table as a table over the same range. Skipped, loudly, only on a developer's
 * machine without LibreOffice; under CI a missing LibreOffice fails.
 */
class LibreOfficeReadsTheWorkbookTest extends JobTestSupport {

    /** Rows in the bundled file's layout whose grade, framework and name look like formulas. */
    private static final List<String> ROWS_LIKE_FORMULAS = List.of(
            "1,306,E09000008,Croydon,standard,07/01/2019,11/01/2019,01/03/2019,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",good,good,good,good,x",
            "1,305,E09000006,@SUM(1+1),+SUM(1;2),07/01/2019,11/01/2019,01/03/2019,good,good,good,good,good,x",
            "1,302,E09000003,Barnet,standard,07/01/2019,11/01/2019,01/03/2019,-2+3,good,good,good,good,x");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UK_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Pattern DATABASE_RANGE =
            Pattern.compile("<table:database-range table:name=\"([^\"]+)\" table:target-range-address=\"([^\"]+)\"");

    @Test
    void libreOfficeReadsEveryCellAndTableThePipelineWrote() throws Exception {
        Optional<Path> soffice = LibreOffice.find();
        if (soffice.isEmpty()) {
            if (LibreOffice.onCi()) {
                fail("CI is set but LibreOffice (soffice) is not on the PATH: install libreoffice-calc-nogui (.ci/run "
                        + "does)");
            }
            String message = "LibreOffice (soffice) is not installed, so the workbook was NOT opened in a real "
                    + "spreadsheet program. Install it with: apt-get install -y libreoffice-calc-nogui";
            System.err.println("\n" + "!".repeat(100) + "\n!!! SKIPPED: " + message + "\n" + "!".repeat(100) + "\n");
            Assumptions.abort(message);
        }
        Path input = work.resolve("inspections.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(bundledScrape(), StandardCharsets.UTF_8));
        lines.addAll(ROWS_LIKE_FORMULAS);
        Files.write(input, lines, StandardCharsets.UTF_8);
        RunOutcome outcome = run(input, "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        long started = System.nanoTime();
        try (WorkbookView wb = WorkbookView.open(report()); LibreOffice calc = LibreOffice.start(soffice.get())) {
            Map<String, List<String[]>> read = calc.sheetsAsCsv(report(), wb.sheetNames(),
                    work.resolve("libreoffice-csv"));
            List<String> differences = new ArrayList<>();
            int cells = 0;
            for (Sheet sheet : wb.workbook()) {
                cells += compare(sheet, read.get(sheet.getSheetName()), differences);
            }
            assertThat(differences).as("cells LibreOffice reads differently from what was written").isEmpty();
            assertThat(cells).as("cells compared").isGreaterThan(3_000);
            assertThat(String.join("\n",
                    read.values().stream().flatMap(List::stream).map(r -> String.join(",", r)).toList()))
                    .as("formula-like input is read as text, not evaluated")
                    .contains("=HYPERLINK(\"http://x\",\"y\")").contains("+SUM(1;2)").contains("@SUM(1+1)").contains("-2+3");

            Path ods = calc.toOds(report(), work.resolve("libreoffice-ods"));
            assertThat(databaseRanges(ods)).as("every Excel table, read as a table over the same cells")
                    .containsExactlyInAnyOrderElementsOf(tables(wb));
        }
        System.out.printf("LibreOffice read the workbook in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Compares every cell of the sheet with LibreOffice's reading of it; returns how many cells were compared. */
    private static int compare(Sheet sheet, List<String[]> read, List<String> differences) {
        int lastRow = Math.max(sheet.getLastRowNum(), read.size() - 1);
        int compared = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            String[] theirs = r < read.size() ? read.get(r) : new String[0];
            int lastCol = Math.max(row == null ? -1 : row.getLastCellNum() - 1, theirs.length - 1);
            for (int c = 0; c <= lastCol; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                String seen = c < theirs.length ? theirs[c] : "";
                String where = sheet.getSheetName() + "!"
                        + new org.apache.poi.ss.util.CellReference(r, c).formatAsString();
                compared++;
                String problem = difference(cell, seen);
                if (problem != null) {
                    differences.add(where + ": " + problem);
                }
            }
        }
        return compared;
    }

    /** Null when LibreOffice's text is the value written: the same text, the same number, the same date. */
    private static String difference(Cell cell, String seen) {
        CellType type = cell == null ? CellType.BLANK : cell.getCellType();
        switch (type) {
            case BLANK:
                return seen.isEmpty() ? null : "blank cell read as '" + seen + "'";
            case STRING:
                return cell.getStringCellValue().equals(seen) ? null : "'" + cell.getStringCellValue() + "' read as '"
                        + seen + "'";
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell) && seen.length() > 10) {
                    // A date and time of day, read as dd/MM/yyyy HH:mm:ss.
                    LocalDateTime written = cell.getLocalDateTimeCellValue();
                    try {
                        return LocalDateTime.parse(seen, UK_DATE_TIME).equals(written.withNano(0)) ? null
                                : written + " read as " + seen;
                    } catch (DateTimeParseException e) {
                        return written + " read as '" + seen + "'";
                    }
                }
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate written = cell.getLocalDateTimeCellValue().toLocalDate();
                    try {
                        return LocalDate.parse(seen, UK_DATE).equals(written) ? null : written + " read as " + seen;
                    } catch (DateTimeParseException e) {
                        return written + " read as '" + seen + "'";
                    }
                }
                BigDecimal written = BigDecimal.valueOf(cell.getNumericCellValue());
                boolean same = seen.matches("-?\\d+(\\.\\d+)?") && new BigDecimal(seen).compareTo(written) == 0;
                return same ? null : written + " read as '" + seen + "'";
            default:
                return "unexpected " + type + " cell";
        }
    }

    /**
     * Each Excel table as name and range in LibreOffice's notation, e.g. {@code table_1_national
     * Table_1.A6:Table_1.C14}.
     */
    private static List<String> tables(WorkbookView wb) {
        List<String> tables = new ArrayList<>();
        for (Sheet s : wb.workbook()) {
            for (XSSFTable t : ((XSSFSheet) s).getTables()) {
                String sheet = s.getSheetName();
                tables.add(t.getName() + " " + sheet + "." + t.getStartCellReference().formatAsString(false) + ":"
                        + sheet + "."
                        + t.getEndCellReference().formatAsString(false));
            }
        }
        return tables;
    }

    private static List<String> databaseRanges(Path ods) throws IOException {
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> ranges = new ArrayList<>();
            Matcher m = DATABASE_RANGE.matcher(content);
            while (m.find()) {
                ranges.add(m.group(1) + " " + m.group(2).replace("$", ""));
            }
            return ranges;
        }
    }
}
