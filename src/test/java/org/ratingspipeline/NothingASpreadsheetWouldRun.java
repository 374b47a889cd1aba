package org.ratingspipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.ratingspipeline.report.tidy.CsvText;

/**
 * What a published report must not hold, whatever its inputs said ("CSV injection"): a formula in the workbook,
 * as POI reads it or as Excel reads the file's XML, or a field of a CSV file beside it that a spreadsheet would
 * start a formula with (a number, negative ones too, is a number).
 */
public final class NothingASpreadsheetWouldRun {

    private static final Pattern FORMULA_ELEMENT = Pattern.compile("<(\\w+:)?f[ >/]");

    private NothingASpreadsheetWouldRun() {
    }

    /** Checks the workbook {@code ratings-report.xlsx} of the reports folder and every CSV file in it. */
    public static void assertIn(Path reports) throws IOException {
        Path workbook = reports.resolve("ratings-report.xlsx");
        try (WorkbookView wb = WorkbookView.open(workbook)) {
            for (Sheet sheet : wb.workbook()) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            List<String> withFormulas = new ArrayList<>();
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList()) {
                String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (FORMULA_ELEMENT.matcher(xml).find()) {
                    withFormulas.add(entry.getName());
                }
            }
            assertThat(withFormulas).as("worksheets with a formula element").isEmpty();
        }
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> csvs = files.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
            assertThat(csvs).as("CSV files published").isNotEmpty();
            for (Path csv : csvs) {
                assertThat(TidyCsv.read(csv).rows()).allSatisfy(r -> r.values().forEach(v -> assertThat(
                        CsvText.startsLikeAFormula(v) && !v.matches("-?\\d+(\\.\\d+)?"))
                        .as(csv.getFileName() + ": " + v).isFalse()));
            }
        }
    }
}
