package org.ratingspipeline.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSections;
import org.ratingspipeline.report.ReportSettings;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.tidy.TidyDatasets;
import org.ratingspipeline.report.workbook.RatingsWorkbook;
import org.ratingspipeline.report.workbook.ReportContent;

/**
 * The page built from the same report content as the workbook, with a region whose name is markup:
 * the name shows as text, the figures are the tables' own, and the written page passes its check;
 * each broken page the check exists for is refused.
 */
class HeadlinePageTest {

    static final String SCRIPTED = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    @Test
    void thePageShowsTheWorkbooksFiguresAndInputAsText() throws IOException {
        String page = HeadlinePage.render(content(), "ratings-report.xlsx");

        assertThat(page).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
                + " &amp; &lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).contains(
                "As at 31 March 2025, 10 of the 12 local authorities in England had a published Ofsted judgement",
                "Their latest overall effectiveness judgements: 3 outstanding (30.0%), 4 good (40.0%), 2 requires "
                        + "improvement to be good (20.0%) and 1 inadequate (10.0%) (shares of the authorities judged).",
                "7 authorities (70.0% of those judged) were good or outstanding.", "2 had not yet been inspected.");
        assertThat(page).contains(
                "<caption id=\"table-1-national-caption\">Table 1: National figures [note 1]</caption>",
                "<th scope=\"col\" class=\"num\"><span class=\"line\">Share</span><span class=\"line\">(%)</span></th>",
                "<th scope=\"row\">Good</th><td class=\"num\">4</td><td class=\"num\">40.0</td>",
                "<td class=\"num\">[z]</td>", "<p class=\"table-notes\">[z] = not applicable</p>",
                "<a href=\"ratings-report.xlsx\">", "[note 1]</th><td>Made-up figures.</td>");
        assertThat(page).contains("<title id=\"chart-1-svg-title\">Shares by grade</title>",
                "<desc id=\"chart-1-svg-desc\">Bars of the shares.</desc>");
        Path written = Files.writeString(dir.resolve("index.html"), page);
        assertThat(new PageCheck().check(written)).isEmpty();
    }

    @Test
    void theCheckRefusesAPageThatRunsLoadsOrLacksItsTextAlternatives() throws IOException {
        String good = HeadlinePage.render(content(), "ratings-report.xlsx");

        assertThat(problems(good.replaceFirst("<caption [^>]*>[^<]*</caption>", "")))
                .anyMatch(p -> p.contains("has no caption"));
        assertThat(problems(good.replaceFirst("<desc [^>]*>[^<]*</desc>", "")))
                .anyMatch(p -> p.contains("title and a description"));
        assertThat(problems(good.replaceFirst("scope=\"row\"", "class=\"x\"")))
                .anyMatch(p -> p.contains("has no scope"));
        assertThat(problems(good.replace("</main>", "<script>alert(1)</script></main>")))
                .anyMatch(p -> p.contains("script element"));
        assertThat(problems(good.replace("</main>", "<p><img src=\"https://example.org/x.png\" alt=\"\"/></p></main>")))
                .anyMatch(p -> p.contains("img element")).anyMatch(p -> p.contains("src="));
        assertThat(problems(good.replace("</style>", "body { background: url(https://example.org/x.png); }</style>")))
                .anyMatch(p -> p.contains("url()"));
        String link = "<a href=\"ratings-report.xlsx\"";
        assertThat(problems(good.replace(link, "<a onclick=\"x()\" href=\"javascript:x()\"")))
                .anyMatch(p -> p.contains("onclick")).anyMatch(p -> p.contains("javascript:x()"));
        assertThat(problems(good.substring(0, good.length() / 2))).anyMatch(p -> p.contains("does not parse"));
        assertThat(problems(good)).isEmpty();
    }

    private List<String> problems(String page) throws IOException {
        return new PageCheck().check(Files.writeString(dir.resolve("page.html"), page));
    }

    static ReportContent content() {
        RatingsWorkbook workbook = new RatingsWorkbook(ReportSettings.properties(30), ReportSections.of(new Section()),
                runId -> List.of(), TidyDatasets.of());
        return workbook.content(new ReportRun(1, 1, LocalDate.of(2025, 3, 31), LocalDateTime.of(2025, 4, 1, 2, 0)));
    }

    /** A national table laid out as the real one (label, number, share), and regions, one named with markup. */
    private static final class Section implements ReportSection {

        @Override
        public List<TableContent> tables(ReportRun run, Notes notes) {
            List<Column> columns = List.of(Column.text("Judgement"), Column.count("Local authorities", "number"),
                    Column.decimal("Share", "%"));
            List<List<Object>> rows = new ArrayList<>(List.of(
                    List.of("Outstanding", 3L, new BigDecimal("30.0")), List.of("Good", 4L, new BigDecimal("40.0")),
                    List.of("Requires improvement to be good", 2L, new BigDecimal("20.0")),
                    List.of("Inadequate", 1L, new BigDecimal("10.0")),
                    List.of("Good or outstanding", 7L, new BigDecimal("70.0")),
                    List.of("All authorities judged", 10L, new BigDecimal("100.0")),
                    List.of("Not yet inspected", 2L, Shorthand.NOT_APPLICABLE),
                    List.of("All authorities in the register", 12L, Shorthand.NOT_APPLICABLE)));
            String title = "National figures " + notes.ref(new Note("made-up", "Made-up figures."));
            TableContent national = new TableContent("national", title,
                    List.of(TableContent.ONE_TABLE_WITH_NOTES, "Source: a test."), columns, rows);
            TableContent regions = new TableContent("regions", "Regional figures", List.of(TableContent.ONE_TABLE),
                    List.of(Column.code("Region code"), Column.text("Region"), Column.decimal("Good", "%"),
                            Column.decimal("Inadequate", "%")),
                    List.of(List.of("E12000001", "North East", new BigDecimal("75.0"), new BigDecimal("25.0")),
                            List.of("E12000002", SCRIPTED, new BigDecimal("96.5"), new BigDecimal("3.5"))));
            return List.of(national, regions);
        }

        @Override
        public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
            ChartContent grades = new ChartContent("grades", "Shares by grade", "Bars of the shares.",
                    ChartContent.Kind.BAR, "national", 0, 3, Column.text("Judgement"),
                    List.of(new ChartContent.Series(Column.decimal("Share", "%"), "Share (%)")), "Share (%)");
            ChartContent regions = new ChartContent("regions", "Regions", "Stacked bars of the regions.",
                    ChartContent.Kind.STACKED_BAR_100, "regions", 0, 1, Column.text("Region"),
                    List.of(new ChartContent.Series(Column.decimal("Good", "%"), "Good"),
                            new ChartContent.Series(Column.decimal("Inadequate", "%"), "Inadequate")), "Share (%)");
            return List.of(grades, regions);
        }
    }
}
