package org.ratingspipeline.report.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.Table;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.workbook.Chart;
import org.ratingspipeline.report.workbook.ReportContent;

/**
 * The web page published beside the workbook ({@code index.html}): the headline figures in words,
 * the national, regional, judgement-area and trend tables, each chart as an SVG with its text
 * alternative and its numbers in a table beside it, the notes, and the cover's sources and run.
 * Everything on it comes from the {@link ReportContent} the workbook is written from. One file with
 * its style sheet inside: no script, and nothing it loads from elsewhere.
 */
public final class HeadlinePage {

    public static final String FILE = "index.html";
    /** The tables the page shows, by their sections' keys, in this order; the rest are in the workbook. */
    static final List<String> TABLES = List.of("national", "regions", "judgement_areas", "trend_england");
    private static final String STYLE = style();

    private HeadlinePage() {
    }

    /** @param workbookFile the workbook's file name in the same folder, which the page links to */
    public static String render(ReportContent content, String workbookFile) {
        String date = Formats.LONG_DATE.format(content.run().asOf());
        Html head = Html.el("head",
                Html.voidElement("meta", Html.attrs("charset", "utf-8")),
                Html.voidElement("meta", Html.attrs("name", "viewport",
                        "content", "width=device-width, initial-scale=1")),
                Html.el("title", content.cover().title()),
                Html.el("style", Html.trusted(STYLE)));
        Html main = Html.el("main", Html.attrs("class", "page"),
                Html.el("h1", content.cover().title()),
                Html.el("p", Html.attrs("class", "lead"), Html.text("Reporting date: " + date + ".")),
                Html.el("p", "The headline tables and charts of the report published with this page, run "
                        + content.run().runId() + "; the workbook has every table."),
                contents(content),
                headline(content, date),
                downloads(content, workbookFile),
                tables(content),
                charts(content),
                notes(content),
                about(content.cover()));
        Html html = Html.el("html", Html.attrs("lang", "en-GB"), head, Html.el("body", main));
        return "<!DOCTYPE html>\n" + html.markup() + "\n";
    }

    /** The page's sections, as links, so a keyboard or screen reader user can go straight to one. */
    private static Html contents(ReportContent content) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("main-figures", "Main figures");
        sections.put("download", "Download the data");
        sections.put("tables", "Tables");
        sections.put("charts", "Charts");
        if (!content.notes().rows().isEmpty()) {
            sections.put("notes-heading", "Notes");
        }
        sections.put("about", "About these figures");
        List<Html> items = new ArrayList<>();
        sections.forEach((id, name) -> items.add(Html.el("li", link("#" + id, name))));
        return Html.el("nav", Html.attrs("aria-label", "Contents", "class", "contents"),
                Html.el("ul", Html.join(items)));
    }

    private static Html heading(String id, String text) {
        return Html.el("h2", Html.attrs("id", id), Html.text(text));
    }

    private static Html headline(ReportContent content, String date) {
        List<Html> parts = new ArrayList<>(List.of(heading("main-figures", "Main figures")));
        content.table("national").ifPresentOrElse(
                national -> Headline.sentences(national, date).forEach(s -> parts.add(Html.el("p", s))),
                () -> parts.add(Html.el("p", "The figures for " + date + " are in the workbook.")));
        return Html.el("section", Html.join(parts));
    }

    private static Html downloads(ReportContent content, String workbookFile) {
        List<Html> items = new ArrayList<>();
        items.add(Html.el("li", link(workbookFile, "The workbook, " + workbookFile + " (Excel)"),
                Html.text(": every table of the report, " + content.tables().size() + " in all, with the charts, notes "
                        + "and cover.")));
        for (TidyDataset d : content.tidyData()) {
            items.add(Html.el("li", link(d.dataFileName(), d.dataFileName() + " (CSV)"),
                    Html.text(": " + d.description() + "; its columns are described in "),
                    link(d.metaFileName(), d.metaFileName() + " (CSV)"), Html.text(".")));
        }
        return Html.el("section", heading("download", "Download the data"), Html.el("ul", Html.join(items)));
    }

    private static Html link(String href, String text) {
        return Html.el("a", Html.attrs("href", href), Html.text(text));
    }

    private static Html tables(ReportContent content) {
        List<Html> parts = new ArrayList<>(List.of(heading("tables", "Tables")));
        for (String key : TABLES) {
            content.table(key).ifPresent(t -> parts.add(table(t)));
        }
        if (parts.size() == 1) {
            parts.add(Html.el("p", "This report's tables are in the workbook."));
        }
        return Html.el("section", Html.join(parts));
    }

    /**
     * A table with the workbook's explanations of it (less the sheet's own wording) under it, where a
     * web reader looks for a table's notes and source.
     */
    static Html table(Table t) {
        List<Html> parts = new ArrayList<>();
        parts.add(HtmlTable.of(t.tableName().replace('_', '-'), t.title(), t.columns(), t.rows()));
        for (String line : t.lines()) {
            String text = withoutSheetWording(line);
            if (!text.isEmpty()) {
                parts.add(Html.el("p", Html.attrs("class", "table-notes"), Html.text(text)));
            }
        }
        for (Shorthand s : shorthandUsed(t.rows())) {
            parts.add(Html.el("p", Html.attrs("class", "table-notes"), Html.text(s.explanation())));
        }
        return Html.el("div", Html.attrs("class", "report-table"), Html.join(parts));
    }

    /** "This worksheet contains one table." (and its notes variant) is about a sheet, not a web page. */
    private static String withoutSheetWording(String line) {
        for (String sheetWording : List.of(TableContent.ONE_TABLE_WITH_NOTES, TableContent.ONE_TABLE)) {
            if (line.startsWith(sheetWording)) {
                return line.substring(sheetWording.length()).strip();
            }
        }
        return line;
    }

    private static Set<Shorthand> shorthandUsed(List<List<Object>> rows) {
        Set<Shorthand> used = EnumSet.noneOf(Shorthand.class);
        rows.forEach(r -> r.stream().filter(Shorthand.class::isInstance).map(Shorthand.class::cast).forEach(used::add));
        return used;
    }

    private static Html charts(ReportContent content) {
        List<Html> parts = new ArrayList<>(List.of(heading("charts", "Charts")));
        // the headline charts only: an authority's profile (--profile) is in the workbook
        List<Chart> headlines = content.charts().stream().filter(c -> c.content().headline()).toList();
        for (Chart chart : headlines) {
            parts.add(chart(chart, content.source(chart)));
        }
        if (headlines.isEmpty()) {
            parts.add(Html.el("p", "This report has no charts."));
        }
        return Html.el("section", Html.join(parts));
    }

    /** The chart, what it shows in words, and the numbers it draws as a table beside it. */
    private static Html chart(Chart chart, Table source) {
        ChartContent c = chart.content();
        String id = chart.sheetName().toLowerCase(Locale.ROOT).replace('_', '-');
        ChartData data = ChartData.of(chart, source);
        Html svg = switch (c.kind()) {
            case BAR -> SvgBarChart.bars(id + "-svg", c.title(), c.description(), data);
            case STACKED_BAR_100 -> SvgBarChart.stacked(id + "-svg", c.title(), c.description(), data);
            case LINE -> SvgLineChart.line(id + "-svg", c.title(), c.description(), data, c.valueAxisTitle());
        };
        List<Integer> plotted = new ArrayList<>(List.of(chart.plotted().categories()));
        plotted.addAll(chart.plotted().series());
        List<Column> columns = plotted.stream().map(source.columns()::get).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : source.rows().subList(c.firstRow(), c.lastRow() + 1)) {
            rows.add(plotted.stream().map(row::get).toList());
        }
        Html figure = Html.el("figure", svg, Html.el("figcaption", Html.text(c.description() + " Source: "
                + source.title() + ".")));
        return Html.el("section", Html.attrs("aria-labelledby", id),
                Html.el("h3", Html.attrs("id", id), Html.text(chart.title())),
                Html.el("div", Html.attrs("class", "chart-pair"), figure,
                        HtmlTable.of(id + "-data", "The numbers in " + chart.title().replaceFirst(":.*", ""),
                                columns, rows)));
    }

    private static Html notes(ReportContent content) {
        List<List<Object>> rows = content.notes().rows();
        if (rows.isEmpty()) {
            return Html.EMPTY;
        }
        return Html.el("section", heading("notes-heading", "Notes"), HtmlTable.of("notes",
                "Notes referred to in the tables, numbered as in the workbook",
                List.of(Column.text("Note number"), Column.text("Note text")), rows));
    }

    /** The cover's sections (sources, the run and its inputs, contact), less the list of files given above. */
    private static Html about(Cover cover) {
        List<Html> parts = new ArrayList<>(List.of(heading("about", "About these figures")));
        for (Cover.Section section : cover.sections()) {
            if (section.heading().equals("Tidy data files")) {
                continue;
            }
            parts.add(Html.el("h3", section.heading()));
            for (Cover.Line line : section.lines()) {
                parts.add(Html.el("p", line.url() == null ? Html.text(line.text()) : link(line.url(), line.text())));
            }
        }
        return Html.el("section", Html.join(parts));
    }

    private static String style() {
        try (InputStream in = HeadlinePage.class.getResourceAsStream("/web/headline-page.css")) {
            if (in == null) {
                throw new IllegalStateException("web/headline-page.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
