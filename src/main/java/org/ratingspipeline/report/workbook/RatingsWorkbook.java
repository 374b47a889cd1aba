package org.ratingspipeline.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.ReportSections;
import org.ratingspipeline.report.RunInputs;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.Table;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.tidy.TidyDataset;
import org.ratingspipeline.report.tidy.TidyDatasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The ratings workbook: the cover, then every report section's tables, numbered in order. */
@Component
public class RatingsWorkbook {

    private static final Logger log = LoggerFactory.getLogger(RatingsWorkbook.class);

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss");

    private final RatingsProperties.Report settings;
    private final List<ReportSection> sections;
    private final RunInputs inputs;
    private final List<TidyDataset> datasets;
    private final WorkbookWriter writer;

    /**
     * @param sections every report section, in workbook order
     * @param datasets the tidy CSV files published beside the workbook, named on the cover in this order
     */
    public RatingsWorkbook(RatingsProperties properties, ReportSections sections, RunInputs inputs,
                           TidyDatasets datasets) {
        this.settings = properties.report();
        this.writer = new WorkbookWriter(properties.workbook());
        this.sections = sections.inOrder();
        this.inputs = inputs;
        this.datasets = datasets.inOrder();
    }

    /**
     * Builds every section's tables and charts once, numbered in workbook order, with the cover;
     * the workbook and the web page are both written from what this returns.
     */
    public ReportContent content(ReportRun run) {
        Notes notes = new Notes();
        List<Table> tables = new ArrayList<>();
        Map<String, Table> byKey = new LinkedHashMap<>();
        Map<ReportSection, List<TableContent>> built = new LinkedHashMap<>();
        // by identity: two sections could build equal tables, and each chart must find its own
        Map<TableContent, Table> numbered = new IdentityHashMap<>();
        for (ReportSection section : sections) {
            long started = System.nanoTime();
            List<TableContent> contents = section.tables(run, notes);
            log.debug("{}: tables built in {} ms", section.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
            built.put(section, contents);
            for (TableContent content : contents) {
                Table table = content.numbered(tables.size() + 1, settings.maxTableRows());
                tables.add(table);
                numbered.put(content, table);
                byKey.putIfAbsent(content.key(), table);
            }
        }
        List<Chart> charts = new ArrayList<>();
        built.forEach((section, contents) -> {
            for (ChartContent chart : section.charts(run, contents)) {
                charts.add(Chart.numbered(chart, contents, numbered, charts.size() + 1));
            }
        });
        return new ReportContent(run, cover(run), tables, byKey, charts, notes,
                datasets.stream().filter(d -> d.publishedFor(run)).toList());
    }

    public void write(ReportContent content, OutputStream out) throws IOException {
        long started = System.nanoTime();
        writer.write(out, content.cover(), content.tables(), new ArrayList<>(content.charts()), content.notes(),
                new WorkbookWriter.Properties(settings.publisher(),
                        "Ofsted, children's services, local authorities, inspection judgements, ILACS, England",
                        "Ofsted judgements of local authority children's services", "en-GB"));
        log.debug("workbook written in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    public static String title(ReportRun run) {
        return "Ofsted judgements of local authority children's services, England, " + run.asAt().describe();
    }

    private Cover cover(ReportRun run) {
        List<Cover.Section> sections = new ArrayList<>();
        List<Cover.Line> about = new ArrayList<>(List.of(
                Cover.Line.of("This workbook counts England's upper-tier local authorities by the latest Ofsted "
                        + "judgement of their children's services as at the reporting date: nationally, by region and "
                        + "in each judgement area. It lists each authority's latest judgement and every input row that "
                        + "was rejected or loaded with a warning. It follows the figures over time, as at 31 March of "
                        + "each year, and authorities' journeys between judgements (what followed each judgement, how "
                        + "long leaving inadequate took), with charts of the main shares."),
                Cover.Line.of("Reporting date: " + Formats.LONG_DATE.format(run.asOf())
                        + (run.publishedBy().equals(run.asOf()) ? "."
                        : "; reports published by " + Formats.LONG_DATE.format(run.publishedBy()) + " are counted.")),
                Cover.Line.of("Caveat: " + settings.inspectionsCaveat())));
        List<Cover.Line> source = new ArrayList<>(List.of(
                Cover.Line.of(settings.inspectionsSourceDetail()),
                Cover.Line.link(settings.inspectionsSource() + " (web page)", settings.inspectionsSourceUrl()),
                Cover.Line.link(settings.registerSource() + " (web page)", settings.registerSourceUrl())));
        for (ReportSection section : this.sections) {
            about.addAll(section.about(run));
            source.addAll(section.sources(run));
        }
        sections.add(new Cover.Section("About these data", about));
        sections.add(new Cover.Section("Source", source));
        sections.add(new Cover.Section("Inputs of this run", inputs(run)));
        sections.add(new Cover.Section("Published", List.of(Cover.Line.of(RUN_TIME.format(run.startedAt()) + "."))));
        sections.addAll(standingSections(run));
        return new Cover(title(run), sections);
    }

    /** The run, then each file it read, then what the sections add (say, an optional file not given). */
    private List<Cover.Line> inputs(ReportRun run) {
        List<Cover.Line> inputs = new ArrayList<>();
        inputs.add(Cover.Line.of("Run " + run.runId() + ", job execution " + run.jobExecutionId() + ", started "
                + RUN_TIME.format(run.startedAt()) + "."));
        inputs.addAll(this.inputs.lines(run.runId()));
        for (ReportSection section : this.sections) {
            inputs.addAll(section.inputs(run));
        }
        return inputs;
    }

    /** The cover's sections after "Published": update, rounding, methodology, tidy files and contact. */
    private List<Cover.Section> standingSections(ReportRun run) {
        List<Cover.Section> sections = new ArrayList<>();
        sections.add(new Cover.Section("Next update", List.of(Cover.Line.of(settings.nextUpdate()))));
        sections.add(new Cover.Section("Rounding and revisions", List.of(
                Cover.Line.of("Shares are computed from the counts shown beside them and rounded to one decimal place, "
                        + "so they may not sum to 100."),
                Cover.Line.of("Every run recomputes all figures from its input files; an updated input file revises "
                        + "them. Earlier workbooks are kept in the archive folder beside this one."))));
        sections.add(new Cover.Section("Methodology and quality", List.of(
                Cover.Line.of("How each figure is defined, and what it does not cover, is in the notes on the Notes "
                        + "worksheet."),
                Cover.Line.of("Every input row that was rejected, or loaded after a fault was reconciled, is listed "
                        + "with its file, line number and reason in the last table of this workbook."))));
        List<TidyDataset> published = datasets.stream().filter(d -> d.publishedFor(run)).toList();
        if (!published.isEmpty()) {
            sections.add(new Cover.Section("Tidy data files", tidyDataLines(published)));
        }
        sections.add(new Cover.Section("Contact", List.of(
                Cover.Line.of(settings.contactName()),
                Cover.Line.link("Email " + settings.contactEmail(), "mailto:" + settings.contactEmail()))));
        return sections;
    }

    /** Which CSV files carry these figures, and how their conventions differ from the workbook's. */
    private List<Cover.Line> tidyDataLines(List<TidyDataset> published) {
        List<Cover.Line> lines = new ArrayList<>();
        lines.add(Cover.Line.of("The figures are also published as tidy CSV files beside this workbook, in the layout "
                + "of the Department for Education's explore education statistics service, for R, Python or a "
                + "database:"));
        for (TidyDataset d : published) {
            lines.add(Cover.Line.of(d.dataFileName() + ": " + d.description() + ". Its columns are described in "
                    + d.metaFileName() + "."));
        }
        lines.add(Cover.Line.of("In those files " + Shorthand.NOT_AVAILABLE.csv() + " means "
                + Shorthand.NOT_AVAILABLE.meaning()
                + ", " + Shorthand.NOT_APPLICABLE.csv() + " " + Shorthand.NOT_APPLICABLE.meaning() + " and "
                + Shorthand.SUPPRESSED.csv() + " " + Shorthand.SUPPRESSED.meaning() + " (the workbook's "
                + Shorthand.NOT_AVAILABLE.workbook() + ", " + Shorthand.NOT_APPLICABLE.workbook() + " and "
                + Shorthand.SUPPRESSED.workbook() + "); percentages are written as 79.1, not 0.791. Text that would "
                + "start a spreadsheet formula (=, +, - or @) is prefixed with an apostrophe."));
        return lines;
    }
}
