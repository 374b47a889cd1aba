package org.ratingspipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.NothingASpreadsheetWouldRun;
import org.ratingspipeline.TidyCsv;
import org.ratingspipeline.WorkbookView;
import org.ratingspipeline.job.JobTestSupport;
import org.ratingspipeline.job.RunOutcome;
import org.ratingspipeline.report.tidy.TidyCsvWriter;
import org.ratingspipeline.report.tidy.TidyFilter;
import org.ratingspipeline.report.tidy.TidyIndicator;
import org.ratingspipeline.report.tidy.TidyLocation;
import org.ratingspipeline.report.tidy.TidyRow;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;

/**
 * Text from an input file that a spreadsheet would run as a formula ("CSV injection"): the
 * workbook shows it as text, never as a formula, and the CSV files carry it neutralised.
 */
class FormulaInjectionTest extends JobTestSupport {

    /** What formula-injection.csv puts in a region, a grade, a framework, a name and a grade. */
    static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+SUM(1;2)", "@SUM(1+1)", "-2+3");

    @Test
    void inputThatLooksLikeAFormulaIsAStringCellWithThatTextAndTheWorkbookHasNoFormula() throws IOException {
        RunOutcome outcome = run(fixture("formula-injection.csv"), "2025-03-31");
        assertThat(outcome.exitCode()).as(outcome.message()).isZero();

        try (WorkbookView wb = WorkbookView.open(report())) {
            List<Cell> values = column(wb, "_data_quality", "Value");
            for (String attack : ATTACKS) {
                List<Cell> cells = values.stream().filter(c -> c.getCellType() == CellType.STRING
                        && c.getStringCellValue().equals(attack)).toList();
                assertThat(cells).as("a string cell holding %s", attack).isNotEmpty();
                assertThat(cells).allSatisfy(c -> assertThat(c.getHyperlink()).isNull());
            }
        }
        NothingASpreadsheetWouldRun.assertIn(reports);
    }

    @Test
    void theCsvWriterNeutralisesEachSuchTextWithAnApostrophe() throws IOException {
        List<TidyRow> rows = new ArrayList<>();
        int code = 300;
        for (String attack : ATTACKS) {
            rows.add(new TidyRow(new TidyTime("2025", "Reporting year"),
                    TidyLocation.localAuthority(String.valueOf(code), "E09000" + code++, attack, "E12000007", "London"),
                    List.of(attack), List.of(new BigDecimal("-1"))));
        }
        Path data = work.resolve("attacks.csv");
        new TidyCsvWriter().write(new TidyTable(List.of(TidyFilter.withTotal("value", "Value", "")),
                List.of(TidyIndicator.count("change_count", "Change")), rows), data, work.resolve("attacks.meta.csv"));

        List<Map<String, String>> read = TidyCsv.read(data).rows();
        for (int i = 0; i < ATTACKS.size(); i++) {
            assertThat(read.get(i)).containsEntry("la_name", "'" + ATTACKS.get(i)).containsEntry("value",
                    "'" + ATTACKS.get(i))
                    .as("a negative number is a number, not text").containsEntry("change_count", "-1");
        }
        assertThat(Files.readString(data)).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
    }

    /** The cells of one column of the table whose name ends with the key. */
    private static List<Cell> column(WorkbookView wb, String key, String header) {
        List<List<Cell>> table = wb.tableCells(key);
        int c = table.get(0).stream().map(WorkbookView::asNamed).toList().indexOf(header);
        assertThat(c).as("column " + header).isNotNegative();
        return table.subList(1, table.size()).stream().map(row -> row.get(c)).toList();
    }
}
