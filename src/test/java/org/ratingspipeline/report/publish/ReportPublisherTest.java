package org.ratingspipeline.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSections;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyDatasets;
import org.ratingspipeline.report.tidy.TidyFilter;
import org.ratingspipeline.report.tidy.TidyIndicator;
import org.ratingspipeline.report.tidy.TidyLocation;
import org.ratingspipeline.report.tidy.TidyRow;
import org.ratingspipeline.report.tidy.TidyTable;
import org.ratingspipeline.report.tidy.TidyTime;
import org.ratingspipeline.report.web.WebPage;
import org.ratingspipeline.report.workbook.RatingsWorkbook;

/**
 * Publishing the workbook and the tidy CSV files as one report, on real files: everything is
 * checked before anything is replaced, so a failure leaves the last good files and archive as
 * they were, with no temporary files behind.
 */
class ReportPublisherTest {

    private static final String CSV = "test_figures.csv";
    private static final String META = "test_figures.meta.csv";

    @TempDir
    Path reports;

    @Test
    void theWorkbookAndItsCsvFilesArePublishedAndArchivedTogether() throws IOException {
        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);

        assertThat(reports.resolve(ReportPublisher.REPORT_FILE)).exists();
        assertThat(Files.readString(reports.resolve(CSV))).contains("National,E92000001,England,Total,7");
        assertThat(Files.readString(reports.resolve(META))).contains("figure_count,Indicator");
        assertThat(reports.resolve("index.html")).content().contains("<a href=\"ratings-report.xlsx\">",
                "<a href=\"" + CSV + "\">", "<a href=\"" + META + "\">");
        assertThat(names(reports.resolve("archive"))).containsExactlyInAnyOrder("ratings-report-2025-03-31-run1.xlsx",
                "index-2025-03-31-run1.html", "test_figures-2025-03-31-run1.csv",
                "test_figures-2025-03-31-run1.meta.csv");
        assertThat(leftovers()).isEmpty();
        try (var wb = org.ratingspipeline.WorkbookView.open(reports.resolve(ReportPublisher.REPORT_FILE))) {
            assertThat(coverText(wb)).contains(CSV + ": test figures. Its columns are described in " + META);
        }
    }

    @Test
    void poiTemporaryFilesGoBesideTheWorkbookAndAKilledRunsAreRemovedByTheNext() throws IOException {
        // what a run killed while POI's streaming workbook held its sheets' rows would leave behind
        File killed = new PoiTemporaryFiles(reports).createTempFile("poi-sxssf-sheet", ".xml");
        assertThat(killed.toPath().getParent()).isEqualTo(reports);
        assertThat(killed.getName()).startsWith(".poi-sxssf-sheet-").endsWith(".xml.part");
        // while the workbook is written, POI's temporary files are made there too
        List<Path> made = new ArrayList<>();
        new PoiTemporaryFiles(reports)
                .around(() -> made.add(TempFile.createTempFile("poi-sxssf-sheet", ".xml").toPath()));
        assertThat(made).singleElement().satisfies(p -> assertThat(p.getParent()).isEqualTo(reports));
        // and only then: afterwards POI's own place again
        File after = TempFile.createTempFile("ratings-test", ".xml");
        try {
            assertThat(after.toPath().getParent()).isNotEqualTo(reports);
        } finally {
            Files.delete(after.toPath());
        }

        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);

        assertThat(reports.resolve(ReportPublisher.REPORT_FILE)).exists();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCsvFileThatFailsTheOpenDataChecksLeavesTheLastGoodReportAsItWas() throws IOException {
        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);
        Map<String, byte[]> before = snapshot();

        assertThatThrownBy(() -> publisher(section(true), dataset(8, false), 30).publish(run(2), reports))
                .hasMessageContaining("EES open data standards").hasMessageContaining("no Total level");

        Map<String, byte[]> after = snapshot();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWorkbookThatFailsItsChecksLeavesTheLastGoodCsvFilesAsTheyWere() throws IOException {
        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);
        Map<String, byte[]> before = snapshot();

        assertThatThrownBy(() -> publisher(section(false), dataset(8, true), 30).publish(run(2), reports))
                .hasMessageContaining("essential rule");

        Map<String, byte[]> after = snapshot();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWebPageThatFailsItsChecksLeavesTheLastGoodReportAsItWas() throws IOException {
        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);
        Map<String, byte[]> before = snapshot();
        // a source link that would run script when followed: the workbook takes it, the page check does not
        RatingsProperties scripted = ReportSettings.properties(30, Map.of("ratings.report.inspections-source-url",
                "javascript:alert(1)"));

        assertThatThrownBy(() -> publisher(section(true), dataset(8, true), scripted).publish(run(2), reports))
                .hasMessageContaining("web page").hasMessageContaining("javascript:alert(1)");

        Map<String, byte[]> after = snapshot();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFolderWhereTheWorkbookGoesPublishesNothingNotEvenToTheArchive() throws IOException {
        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);
        Files.delete(reports.resolve(ReportPublisher.REPORT_FILE));
        Files.createDirectory(reports.resolve(ReportPublisher.REPORT_FILE));
        Map<String, byte[]> before = snapshot();

        assertThatThrownBy(() -> publisher(section(true), dataset(8, true), 30).publish(run(2), reports))
                .rootCause().hasMessage(reports.resolve(ReportPublisher.REPORT_FILE)
                        + " is a folder, not a file, so it cannot be replaced; nothing was published");

        Map<String, byte[]> after = snapshot();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(leftovers()).isEmpty();
        assertThat(names(reports.resolve("archive"))).noneMatch(n -> n.contains("run2") || n.startsWith("."));
    }

    @Test
    void aFolderWhereACsvFileGoesIsFoundBeforeAnythingIsReplaced() throws IOException {
        publisher(section(true), dataset(7, true), 30).publish(run(1), reports);
        Files.delete(reports.resolve(META));
        Files.createDirectory(reports.resolve(META));
        Map<String, byte[]> before = snapshot();

        assertThatThrownBy(() -> publisher(section(true), dataset(8, true), 30).publish(run(2), reports))
                .rootCause().hasMessageContaining(META + " is a folder, not a file");

        Map<String, byte[]> after = snapshot();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(leftovers()).isEmpty();
        assertThat(names(reports.resolve("archive"))).noneMatch(n -> n.contains("run2") || n.startsWith("."));
    }

    @Test
    void anArchiveThatIsAFileIsNamedAsSuch() throws IOException {
        Files.writeString(reports.resolve("archive"), "not a folder");

        assertThatThrownBy(() -> publisher(section(true), dataset(7, true), 30).publish(run(1), reports))
                .rootCause().hasMessage(reports.resolve("archive")
                        + " is a file, not a folder, so the report cannot be archived; nothing was published");
        assertThat(reports.resolve(ReportPublisher.REPORT_FILE)).doesNotExist();
        assertThat(reports.resolve(CSV)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTableWithNoRowsIsPublishedWithOneRowThatSaysSo() throws IOException {
        ReportSection empty = (run, notes) -> List.of(new TableContent("figures",
                "Test figures, England, as at 31 March 2025 " + notes.ref(new Note("test", "Made up.")),
                List.of(TableContent.ONE_TABLE_WITH_NOTES, "Source: a test."),
                List.of(Column.code("Code"), Column.text("Judgement"), Column.count("Local authorities", "number")),
                List.of()));
        publisher(empty, dataset(7, true), 30).publish(run(1), reports);

        try (var wb = org.ratingspipeline.WorkbookView.open(reports.resolve(ReportPublisher.REPORT_FILE))) {
            assertThat(wb.rows("Table_1")).containsExactly(Map.of("Code", "[z]", "Judgement", TableContent.NONE,
                    "Local authorities\n(number)", "[z]"));
        }
    }

    @Test
    void theArchiveKeepsTheNewestCopiesOfEachFile() throws IOException {
        for (int run = 1; run <= 4; run++) {
            publisher(section(true), dataset(run, true), 2).publish(run(run), reports);
        }
        assertThat(names(reports.resolve("archive"))).containsExactlyInAnyOrder(
                "ratings-report-2025-03-31-run3.xlsx", "ratings-report-2025-03-31-run4.xlsx",
                "index-2025-03-31-run3.html", "index-2025-03-31-run4.html",
                "test_figures-2025-03-31-run3.csv", "test_figures-2025-03-31-run4.csv",
                "test_figures-2025-03-31-run3.meta.csv", "test_figures-2025-03-31-run4.meta.csv");
        assertThat(Files.readString(reports.resolve(CSV))).contains("Total,4");
    }

    private static ReportPublisher publisher(ReportSection section, TidyDataset dataset, int keep) {
        return publisher(section, dataset, ReportSettings.properties(keep));
    }

    private static ReportPublisher publisher(ReportSection section, TidyDataset dataset, RatingsProperties properties) {
        RatingsWorkbook workbook = new RatingsWorkbook(properties, ReportSections.of(section), runId -> List.of(),
                TidyDatasets.of(dataset));
        return new ReportPublisher(workbook, properties, new TidyDataFiles(TidyDatasets.of(dataset)), new WebPage());
    }

    /** One table; a broken one lacks the sentence every table sheet must start with (rule F2, essential). */
    private static ReportSection section(boolean good) {
        return (run, notes) -> List.of(new TableContent("figures", "Test figures, England, as at 31 March 2025 "
                + notes.ref(new Note("test", "Test figures are made up.")),
                List.of(good ? "This worksheet contains one table. Some cells refer to notes which can be found on "
                        + "the notes worksheet."
                        : "A table.", "Source: a test."),
                List.of(Column.text("Judgement"), Column.count("Local authorities", "number")),
                List.of(List.of("Good", 1L))));
    }

    /** A national count; a broken file has a filter with neither a Total level nor a default (EES). */
    private static TidyDataset dataset(long count, boolean good) {
        return new TidyDataset() {
            @Override
            public String name() {
                return "test_figures";
            }

            @Override
            public String description() {
                return "test figures";
            }

            @Override
            public TidyTable table(ReportRun run) {
                return new TidyTable(List.of(TidyFilter.withTotal("test_filter", "Test filter", "")),
                        List.of(TidyIndicator.count("figure_count", "Figures")),
                        List.of(new TidyRow(TidyTime.reportingYear(run.asOf()), TidyLocation.national(),
                                List.of(good ? "Total" : "Some"), List.of(count))));
            }
        };
    }

    private static ReportRun run(long id) {
        return new ReportRun(id, id, LocalDate.of(2025, 3, 31), LocalDateTime.of(2025, 4, 1, 2, 0));
    }

    private Map<String, byte[]> snapshot() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(reports)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(reports.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") || n.endsWith(".part"))
                    .toList();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String coverText(org.ratingspipeline.WorkbookView wb) {
        StringBuilder text = new StringBuilder();
        wb.workbook().getSheet("Cover").forEach(row -> text.append(row.getCell(0).getStringCellValue()).append('\n'));
        return text.toString();
    }
}
