package org.ratingspipeline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ratingspipeline.RatingsProperties;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.source.RowProblem;
import org.ratingspipeline.source.SourceLoad;
import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.GradeShares;
import org.ratingspipeline.statistics.GradeTally;
import org.ratingspipeline.statistics.LatestJudgement;
import org.springframework.stereotype.Component;

/** The ratings report: what each sheet of the workbook says, built from one run's facts. */
@Component
public class RatingsWorkbook {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss");
    static final String ENGLAND_CODE = "E92000001";

    private final RatingsProperties.Report settings;
    private final AuthorityRegister register;
    private final WorkbookWriter writer = new WorkbookWriter();

    public RatingsWorkbook(RatingsProperties properties, AuthorityRegister register) {
        this.settings = properties.report();
        this.register = register;
    }

    public void write(RunFacts run, OutputStream out) throws IOException {
        Notes notes = new Notes(noteTexts());
        List<Table> tables = new ArrayList<>();
        tables.add(national(run, notes));
        tables.add(byRegion(run, notes));
        tables.add(byArea(run, notes));
        tables.add(authorities(run, notes));
        tables.add(dataQuality(run));
        writer.write(out, cover(run), tables, List.of(), notes, new WorkbookWriter.Properties(settings.publisher(),
                "Ofsted, children's services, local authorities, inspection judgements, ILACS, England",
                "Ofsted judgements of local authority children's services", "en-GB"));
    }

    public static String title(RunFacts run) {
        return "Ofsted judgements of local authority children's services, England, as at " + LONG_DATE.format(run.asOf());
    }

    private Map<String, String> noteTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("latest", "An authority's latest judgement is its most recent Ofsted judgement published on or before the "
                + "reporting date (where the publication date is not known, the inspection end date, or else start date, is used). "
                + "Authorities are those in DfE's register of local authorities on the reporting date: the judgements of an "
                + "authority abolished before then do not count, and a new authority is not given its predecessor's judgement.");
        texts.put("completeness", settings.inspectionsCaveat());
        texts.put("rounding", "Shares are percentages of the authorities judged, computed from the counts shown beside them "
                + "and rounded to one decimal place, so rounded shares may not sum to 100.");
        texts.put("not-inspected", "Authorities in the register on the reporting date with no judgement published on or before it "
                + "in the inspection results loaded. They are not part of the shares.");
        texts.put("framework", "SIF is Ofsted's single inspection framework (November 2013 to 2017); ILACS is the inspection of "
                + "local authority children's services (from January 2018). Their judgement areas differ, and a change of "
                + "framework is a break in any time series.");
        texts.put("care-leavers", "The experiences and progress of care leavers became a separate ILACS judgement in 2023; for "
                + "ILACS inspections before then it is not applicable ([z]).");
        texts.put("codes", "Old LA code is DfE's three-digit code; ONS code is the authority's code on the reporting date in "
                + "DfE's register. Input rows carrying a predecessor's ONS code were matched by old LA code and name (see Table 5).");
        return texts;
    }

    private Table national(RunFacts run, Notes notes) {
        String title = "Table 1: Local authority children's services by latest Ofsted overall effectiveness judgement, England, as at "
                + LONG_DATE.format(run.asOf()) + " " + notes.ref("latest", "completeness");
        GradeShares s = GradeTally.of(run.authorities(), JudgementArea.OVERALL);
        List<Column> columns = List.of(Column.text("Overall effectiveness judgement"),
                Column.count("Local authorities\n(number)"),
                Column.decimal("Share of authorities judged\n(%)\n" + notes.ref("rounding")));
        List<List<Object>> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            rows.add(List.of(g.label(), s.count(g), share(s.share(g))));
        }
        rows.add(List.of("Good or outstanding", s.goodOrOutstanding(), share(s.goodOrOutstandingShare())));
        rows.add(List.of("All authorities judged", s.judged(), share(s.share(s.judged()))));
        rows.add(List.of("Not yet inspected " + notes.ref("not-inspected"), s.notYetInspected(), Shorthand.NOT_APPLICABLE));
        rows.add(List.of("All authorities in the register", s.authorities(), Shorthand.NOT_APPLICABLE));
        List<String> description = new ArrayList<>();
        description.add("This worksheet contains one table. Some cells refer to notes which can be found on the notes worksheet.");
        description.add(s.sumOfRoundedShares()
                .map(sum -> "Shares are of the " + s.judged() + " authorities judged. The four grade shares, as rounded, sum to "
                        + sum.toPlainString() + ".")
                .orElse("No authority had been judged by the reporting date, so there are no shares."));
        description.add("Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + ".");
        return new Table("Table_1", "table_1_national", title, description, columns, rows);
    }

    private Table byRegion(RunFacts run, Notes notes) {
        String title = "Table 2: Local authority children's services by latest Ofsted overall effectiveness judgement and region, "
                + "England, as at " + LONG_DATE.format(run.asOf());
        List<Column> columns = new ArrayList<>(List.of(Column.code("Region code"), Column.text("Region")));
        columns.addAll(gradeColumns());
        columns.add(Column.count("Not yet inspected\n(number)"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(gradeRow(List.of(ENGLAND_CODE, "England"), GradeTally.of(run.authorities(), JudgementArea.OVERALL), true));
        List<Region> regions = register.englishRegions();
        GradeTally.byRegion(run.authorities(), regions).forEach((region, s) ->
                rows.add(gradeRow(List.of(region.code(), region.name()), s, true)));
        return new Table("Table_2", "table_2_regions", title, List.of(
                "This worksheet contains one table.",
                "Each share is a percentage of the authorities judged in the same row " + notes.ref("rounding") + ".",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    private Table byArea(RunFacts run, Notes notes) {
        String title = "Table 3: Local authority children's services by latest Ofsted judgement in each judgement area, England, as at "
                + LONG_DATE.format(run.asOf());
        Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
        run.authorities().forEach(a -> a.judgement().ifPresent(j -> frameworks.add(j.framework())));
        if (frameworks.isEmpty()) {
            frameworks.add(Framework.ILACS);
        }
        List<Column> columns = new ArrayList<>(List.of(Column.text("Judgement area"),
                Column.text("Framework\n" + notes.ref("framework"))));
        columns.addAll(gradeColumns());
        columns.add(Column.count("Not applicable\n(number)"));
        columns.add(Column.count("Not recorded\n(number)"));
        columns.add(Column.count("Not yet inspected\n(number)"));
        List<List<Object>> rows = new ArrayList<>();
        for (JudgementArea area : JudgementArea.values()) {
            List<String> in = frameworks.stream().filter(area::partOf).map(Framework::code).toList();
            if (in.isEmpty()) {
                continue;
            }
            String label = area == JudgementArea.CARE_LEAVERS ? area.label() + " " + notes.ref("care-leavers") : area.label();
            GradeShares s = GradeTally.of(run.authorities(), area);
            List<Object> row = gradeRow(List.of(label, String.join(" and ", in)), s, false);
            row.add(s.notApplicable());
            row.add(s.notGiven());
            row.add(s.notYetInspected());
            rows.add(row);
        }
        return new Table("Table_3", "table_3_judgement_areas", title, List.of(
                "This worksheet contains one table. Some cells refer to notes which can be found on the notes worksheet.",
                "Each share is a percentage of the authorities judged in that area, in the same row. Not applicable: the "
                        + "authority's latest inspection had no such judgement. Not recorded: the input gave no grade for it.",
                "Source: " + settings.inspectionsSource() + "."), columns, rows);
    }

    private static List<Column> gradeColumns() {
        List<Column> columns = new ArrayList<>();
        for (Grade g : Grade.values()) {
            columns.add(Column.count(g.label() + "\n(number)"));
            columns.add(Column.decimal(g.label() + "\n(% of judged)"));
        }
        columns.add(Column.count("Good or outstanding\n(number)"));
        columns.add(Column.decimal("Good or outstanding\n(% of judged)"));
        columns.add(Column.count("Authorities judged\n(number)"));
        return columns;
    }

    private static List<Object> gradeRow(List<Object> labels, GradeShares s, boolean withNotInspected) {
        List<Object> row = new ArrayList<>(labels);
        for (Grade g : Grade.values()) {
            row.add(s.count(g));
            row.add(share(s.share(g)));
        }
        row.add(s.goodOrOutstanding());
        row.add(share(s.goodOrOutstandingShare()));
        row.add(s.judged());
        if (withNotInspected) {
            row.add(s.notYetInspected());
        }
        return row;
    }

    private static Object share(Optional<BigDecimal> share) {
        return share.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }

    private Table authorities(RunFacts run, Notes notes) {
        String title = "Table 4: Latest Ofsted judgement of each local authority's children's services, England, as at "
                + LONG_DATE.format(run.asOf());
        List<Column> columns = new ArrayList<>(List.of(
                Column.code("Old LA code\n" + notes.ref("codes")), Column.code("ONS code"), Column.text("Local authority"),
                Column.text("Region"), Column.text("Framework"), Column.text("Inspection type"),
                Column.date("Inspection start date"), Column.date("Inspection end date"), Column.date("Publication date")));
        for (JudgementArea area : JudgementArea.values()) {
            String suffix = area == JudgementArea.OVERALL ? "" : area.partOf(Framework.ILACS) && area.partOf(Framework.SIF) ? ""
                    : area.partOf(Framework.SIF) ? " (SIF)" : " (ILACS)";
            columns.add(Column.text(area.label() + suffix));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AuthorityJudgement a : run.authorities()) {
            List<Object> row = new ArrayList<>(List.of(a.authority().oldCode(), a.authority().newCode(), a.authority().name(),
                    a.region().name()));
            if (a.judgement().isEmpty()) {
                for (int i = 4; i < columns.size(); i++) {
                    row.add(Shorthand.NOT_AVAILABLE);
                }
            } else {
                LatestJudgement j = a.judgement().get();
                row.add(j.framework().code());
                row.add(j.inspectionType() == null ? Shorthand.NOT_AVAILABLE : j.inspectionType());
                row.add(j.startDate() == null ? Shorthand.NOT_AVAILABLE : j.startDate());
                row.add(j.endDate() == null ? Shorthand.NOT_AVAILABLE : j.endDate());
                row.add(j.publicationDate() == null ? Shorthand.NOT_AVAILABLE : j.publicationDate());
                for (JudgementArea area : JudgementArea.values()) {
                    row.add(j.grade(area).<Object>map(Grade::label)
                            .orElse(j.notApplicable(area) ? Shorthand.NOT_APPLICABLE : Shorthand.NOT_AVAILABLE));
                }
            }
            rows.add(row);
        }
        return new Table("Table_4", "table_4_authorities", title, List.of(
                "This worksheet contains one table. Some cells refer to notes which can be found on the notes worksheet.",
                "One row per authority in the register on the reporting date, in alphabetical order. Authorities not yet "
                        + "inspected by the reporting date show [x] throughout.",
                "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + "."), columns, rows);
    }

    private Table dataQuality(RunFacts run) {
        String title = "Table 5: Input rows rejected or loaded with a warning, run " + run.runId();
        List<Column> columns = List.of(Column.text("Outcome"), Column.text("Input file"), Column.plain("Line\n(number)"),
                Column.text("Column"), Column.text("Value"), Column.text("Reason"));
        List<List<Object>> rows = new ArrayList<>();
        for (RowProblem p : run.problems()) {
            rows.add(List.of(p.outcome(), p.fileName(), p.line(),
                    p.column().isEmpty() ? Shorthand.NOT_APPLICABLE : p.column(),
                    p.value().isEmpty() ? Shorthand.NOT_AVAILABLE : p.value(), p.reason()));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("No problems found", String.join(", ", run.sources().stream().map(SourceLoad::fileName).toList()),
                    Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE,
                    "Every row was loaded as given."));
        }
        long rejected = run.sources().stream().mapToLong(SourceLoad::rowsRejected).sum();
        long warned = run.sources().stream().mapToLong(SourceLoad::rowsWithWarnings).sum();
        return new Table("Table_5", "table_5_data_quality", title, List.of(
                "This worksheet contains one table.",
                rejected + " rows were rejected and are not in any figure; " + warned + " rows were loaded after a fault was "
                        + "reconciled, as each reason says. A row with several faults has one line per fault. Line numbers count "
                        + "the header as line 1.",
                "Source: the input files listed on the cover."), columns, rows);
    }

    private Cover cover(RunFacts run) {
        List<Cover.Section> sections = new ArrayList<>();
        sections.add(new Cover.Section("About these data", List.of(
                Cover.Line.of("This workbook counts England's upper-tier local authorities by the latest Ofsted judgement of their "
                        + "children's services as at the reporting date: nationally, by region and in each judgement area. It lists "
                        + "each authority's latest judgement and every input row that was rejected or loaded with a warning."),
                Cover.Line.of("Reporting date: " + LONG_DATE.format(run.asOf()) + "."),
                Cover.Line.of("Caveat: " + settings.inspectionsCaveat()))));
        sections.add(new Cover.Section("Source", List.of(
                Cover.Line.link(settings.inspectionsSource() + " (web page)", settings.inspectionsSourceUrl()),
                Cover.Line.link(settings.registerSource() + " (web page)", settings.registerSourceUrl()))));
        List<Cover.Line> inputs = new ArrayList<>();
        inputs.add(Cover.Line.of("Run " + run.runId() + ", job execution " + run.jobExecutionId() + ", started "
                + RUN_TIME.format(run.startedAt()) + "."));
        for (SourceLoad s : run.sources()) {
            inputs.add(Cover.Line.of(describe(s)));
        }
        sections.add(new Cover.Section("Inputs of this run", inputs));
        sections.add(new Cover.Section("Published", List.of(Cover.Line.of(RUN_TIME.format(run.startedAt()) + "."))));
        sections.add(new Cover.Section("Next update", List.of(Cover.Line.of(settings.nextUpdate()))));
        sections.add(new Cover.Section("Rounding and revisions", List.of(
                Cover.Line.of("Shares are computed from the counts shown beside them and rounded to one decimal place, so they may "
                        + "not sum to 100."),
                Cover.Line.of("Every run recomputes all figures from its input files; an updated input file revises them. Earlier "
                        + "workbooks are kept in the archive folder beside this one."))));
        sections.add(new Cover.Section("Contact", List.of(
                Cover.Line.of(settings.contactName()),
                Cover.Line.link("Email " + settings.contactEmail(), "mailto:" + settings.contactEmail()))));
        return new Cover(title(run), sections);
    }

    static String describe(SourceLoad s) {
        String what = switch (s.kind()) {
            case "inspections" -> "Inspection results";
            case "spend" -> "Children's social care spend";
            default -> s.kind();
        };
        return what + ": " + s.fileName() + " (" + String.format("%,d", s.bytes()) + " bytes, " + s.charset() + ", SHA-256 "
                + s.sha256() + "): " + String.format("%,d", s.rowsRead()) + " rows read, " + String.format("%,d", s.rowsLoaded())
                + " loaded, " + String.format("%,d", s.rowsRejected()) + " rejected, " + String.format("%,d", s.rowsWithWarnings())
                + " loaded with a warning.";
    }
}
