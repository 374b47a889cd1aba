package org.ratingspipeline.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.benchmarking.SpendBenchmark;
import org.ratingspipeline.benchmarking.SpendPerChildTables;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/**
 * An authority's profile, for each authority a run names with {@code --profile}: a sheet set of its own after the
 * national tables (before the changes, the run history and the data quality), its charts after the others.
 *
 * <ol>
 *   <li>{@code Profile_<name>_judgements}: every inspection of it held in the store, all frameworks (SIF, ILACS and
 *       ILACS under the April 2026 arrangements, which give no overall judgement), with each judgement area, its
 *       dates, whether this report counts it, and the file and line it was read from;</li>
 *   <li>the parts other features add ({@link ProfileParts}, in their order): its Ofsted visits go here;</li>
 *   <li>{@code Profile_<name>_spend}, with a spend file: its spend per child and overspend by financial year against
 *       its statistical neighbours' median, its region and England, with its ranks and bands, the very figures of the
 *       spend-per-child authorities table ({@link SpendPerChildTables#benchmarks(ReportRun, String)});</li>
 *   <li>a line chart of each of those two series, on sheets {@code Profile_<name>_spend_chart} and
 *       {@code Profile_<name>_over_chart}.</li>
 * </ol>
 */
@Component
public class AuthorityProfiles implements ReportSection {

    /**
     * The parts of its tables' keys after the authority's ({@link ProfileSheets#key}: {@code profile_306_judgements}),
     * in the order it builds them for each authority (other features' parts between the two).
     */
    public static final String JUDGEMENTS = "judgements";
    public static final String SPEND = "spend";
    static final String SPEND_CHART = "spend_chart";
    static final String OVERSPEND_CHART = "over_chart";
    static final String NO_OVERALL = "No overall judgement (2026 arrangements)";

    /** The spend table's first column, its charts' categories; the figures follow, as in the authorities table. */
    static final Column YEAR = Column.text("Financial year");

    private final AuthorityRegister register;
    private final ProfileJudgements judgements;
    private final SpendPerChildTables spend;
    private final List<ProfilePart> parts;

    public AuthorityProfiles(AuthorityRegister register, ProfileJudgements judgements, SpendPerChildTables spend,
                             ProfileParts parts) {
        this.register = register;
        this.judgements = judgements;
        this.spend = spend;
        this.parts = parts.inOrder();
    }

    /** A profiled authority: its register entry on the reporting date (or its last one), and its sheet names. */
    record Profiled(LocalAuthority authority, String regionName, ProfileSheets sheets) {
    }

    List<Profiled> profiled(ReportRun run) {
        List<Profiled> profiled = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (String code : run.profiles()) {
            LocalAuthority la = register.entryOn(code, run.asOf());
            ProfileSheets sheets = ProfileSheets.of(la.name(), code, taken);
            taken.add(sheets.abbreviation());
            String region = register.region(la.regionCode()).map(Region::name).orElse(la.regionCode());
            profiled.add(new Profiled(la, region, sheets));
        }
        return profiled;
    }

    @Override
    public List<Cover.Line> about(ReportRun run) {
        List<Profiled> profiled = profiled(run);
        if (profiled.isEmpty()) {
            return List.of();
        }
        return List.of(Cover.Line.of("Profiles of " + profiled.stream().map(p -> p.authority().name())
                .collect(Collectors.joining(", ")) + " (asked for with --profile): for each, every Ofsted inspection "
                + "of its children's services held in the store, under every framework, with a visits file its "
                + "monitoring and focused visits, and, with a spend file, its spend per child and overspend by "
                + "financial year against its statistical neighbours' median, its region and England, with a chart of "
                + "each; on the sheets whose names start Profile_."));
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        List<TableContent> tables = new ArrayList<>();
        for (Profiled p : profiled(run)) {
            tables.add(judgementsTable(run, p));
            // other features' parts: the authority's Ofsted visits (visits.VisitsProfilePart)
            parts.forEach(part -> tables.addAll(part.tables(run, p.authority(), p.sheets(), notes)));
            if (spend.hasSpend(run)) {
                tables.add(spendTable(run, p, notes));
            }
        }
        return tables;
    }

    @Override
    public List<ChartContent> charts(ReportRun run, List<TableContent> tables) {
        List<ChartContent> charts = new ArrayList<>();
        for (Profiled p : profiled(run)) {
            List<TableContent> own = tables.stream().filter(t -> t.key().startsWith("profile_" + p.authority().oldCode()
                    + "_")).toList();
            parts.forEach(part -> charts.addAll(part.charts(run, p.authority(), p.sheets(), own)));
            own.stream().filter(t -> t.key().equals(p.sheets().key(SPEND))).findFirst().ifPresent(t -> {
                spendChart(p, t).ifPresent(charts::add);
                overspendChart(p, t).ifPresent(charts::add);
            });
        }
        return charts;
    }

    // (a) its judgements over time

    private static List<Column> judgementColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("Framework"),
                Column.text("Inspection type"),
                Column.date("Inspection start date"),
                Column.date("Inspection end date"),
                Column.date("Publication date"),
                Column.text("Counted in this report")));
        for (JudgementArea area : JudgementArea.values()) {
            columns.add(Column.text(area.label()));
        }
        columns.add(Column.text("Source file"));
        columns.add(Column.plain("Line in source file", "line number"));
        return columns;
    }

    private static List<Object> judgementRow(ReportRun run, ProfileJudgements.Stored s) {
        List<Object> row = new ArrayList<>();
        row.add(s.noOverallArrangements() ? s.framework().code() + ", April 2026 arrangements"
                : s.framework().code());
        row.add(s.inspectionType() == null ? Shorthand.NOT_AVAILABLE : s.inspectionType());
        row.add(orNotAvailable(s.start()));
        row.add(orNotAvailable(s.end()));
        row.add(orNotAvailable(s.published()));
        row.add(counted(s, run));
        for (JudgementArea area : JudgementArea.values()) {
            row.add(grade(s, area));
        }
        row.add(s.sourceFile());
        row.add(s.line());
        return row;
    }

    private TableContent judgementsTable(ReportRun run, Profiled p) {
        LocalAuthority la = p.authority();
        List<ProfileJudgements.Stored> stored = judgements.of(la.oldCode());
        long counted = stored.stream().filter(s -> s.countedAt(run.asAt())).count();
        List<List<Object>> rows = new ArrayList<>();
        for (ProfileJudgements.Stored s : stored) {
            rows.add(judgementRow(run, s));
        }
        String title = "Profile of " + la.name() + " (" + la.oldCode() + "): every Ofsted inspection of its children's"
                + " services held in the store, all frameworks, by inspection date";
        List<String> description = new ArrayList<>(List.of(
                TableContent.ONE_TABLE,
                String.format(Locale.UK, "%d inspections of %s are held, %d of them counted in this report (carried "
                        + "out by %s and published by %s); oldest first. SIF gives no fieldwork dates, so a SIF "
                        + "inspection is dated by its publication.", stored.size(), la.name(), counted,
                        Formats.LONG_DATE.format(run.asOf()), Formats.LONG_DATE.format(run.publishedBy())),
                "Judgement areas a framework does not have are [z]; so is the care leavers judgement of an ILACS"
                        + " inspection before 2023, when it was part of children in care. " + NO_OVERALL + ": an"
                        + " inspection from 1 April 2026, when Ofsted stopped giving an overall effectiveness "
                        + "judgement. [x]: not in the source file.",
                "Source: the inspection files listed on the cover, the line of the file each inspection was read from"
                        + " (an inspection several files carry is read from the first)."));
        return new TableContent(p.sheets().key(JUDGEMENTS), title, description, judgementColumns(), rows)
                .onSheet(p.sheets().name(JUDGEMENTS));
    }

    private static Object orNotAvailable(LocalDate date) {
        return date == null ? Shorthand.NOT_AVAILABLE : date;
    }

    private static String counted(ProfileJudgements.Stored s, ReportRun run) {
        if (s.countedAt(run.asAt())) {
            return "Yes";
        }
        return s.inspected().isAfter(run.asOf()) ? "No: carried out after the reporting date"
                : "No: published after the publication cut-off";
    }

    private static Object grade(ProfileJudgements.Stored s, JudgementArea area) {
        if (!area.partOf(s.framework())) {
            return Shorthand.NOT_APPLICABLE;
        }
        Integer g = s.grades().get(area);
        if (g == null) {
            return area == JudgementArea.OVERALL && s.noOverallArrangements() ? NO_OVERALL : Shorthand.NOT_AVAILABLE;
        }
        return g == 0 ? Shorthand.NOT_APPLICABLE : Grade.ofNumber(g).label();
    }

    // (b) its spend per child and overspend against its neighbours, region and England

    private static List<Column> spendColumns(Notes notes) {
        List<Column> columns = new ArrayList<>(List.of(YEAR));
        columns.addAll(SpendPerChildTables.bandColumns());
        columns.addAll(SpendPerChildTables.figureColumns(notes));
        return columns;
    }

    private TableContent spendTable(ReportRun run, Profiled p, Notes notes) {
        LocalAuthority la = p.authority();
        List<SpendBenchmark> years = spend.benchmarks(run, la.oldCode());
        String title = "Profile of " + la.name() + " (" + la.oldCode() + "): children's social care spend per child "
                + "aged 0 to 17 and overspend by financial year against its statistical neighbours' median, its region "
                + "and England " + notes.ref(SpendPerChildTables.PER_CHILD, SpendPerChildTables.RANKS);
        // built after the title, so the columns' note markers are still numbered after the title's
        List<Column> columns = spendColumns(notes);
        List<List<Object>> rows = new ArrayList<>();
        for (SpendBenchmark b : years) {
            List<Object> row = new ArrayList<>(List.of(b.year().label()));
            row.addAll(b.bands());
            row.addAll(b.figures());
            rows.add(row);
        }
        List<String> description = new ArrayList<>(List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                la.name() + "'s row of each financial year in the spend-per-child authorities table, the same figures:"
                        + " its region is " + p.regionName() + ". Rank 1 is the highest figure in England that year. "
                        + "[x]: a figure is missing (no outturn, budget or population estimate, or no neighbour with a "
                        + "figure); [z]: overspend has no percentage (budget of zero or less).",
                chartsLine(p, columns, rows),
                "Source: the spend file listed on the cover; " + "ONS mid-year estimates of children aged 0 to 17;"
                        + " statistical neighbours: DfE's children's services statistical neighbour model."));
        return new TableContent(p.sheets().key(SPEND), title, description, columns, rows)
                .onSheet(p.sheets().name(SPEND));
    }

    private static String chartsLine(Profiled p, List<Column> columns, List<List<Object>> rows) {
        List<String> drawn = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        (plotted(columns, rows, SpendPerChildTables.PER_CHILD_COMPARED).isEmpty() ? missing : drawn)
                .add("spend per child (" + p.sheets().name(SPEND_CHART) + ")");
        (plotted(columns, rows, SpendPerChildTables.OVERSPEND_COMPARED).isEmpty() ? missing : drawn)
                .add("overspend (" + p.sheets().name(OVERSPEND_CHART) + ")");
        String line = drawn.isEmpty() ? "" : "Charts of " + String.join(" and ", drawn) + " follow the tables.";
        if (!missing.isEmpty()) {
            line += (line.isEmpty() ? "" : " ") + "No chart of "
                    + String.join(" or ", missing).replaceAll(" \\(.*?\\)", "")
                    + ": " + p.authority().name() + " has no such figure for every year shown.";
        }
        return line;
    }

    /**
     * The series of a chart among the {@code compared} columns: the authority's own, its neighbours' median, its
     * region and England, each only where every year shown has the figure (a chart plots numbers, never [x]); none at
     * all when the authority's own figures are not all there.
     */
    static List<Column> plotted(List<Column> columns, List<List<Object>> rows, List<Column> compared) {
        List<Column> plotted = new ArrayList<>();
        if (rows.isEmpty()) {
            return plotted;
        }
        for (Column c : compared) {
            int column = Column.indexOf(columns, c);
            if (column < 0) {
                throw new IllegalArgumentException("the spend table has no column headed " + c.header());
            }
            if (rows.stream().allMatch(r -> r.get(column) instanceof Number)) {
                plotted.add(c);
            } else if (c == compared.get(0)) {
                return plotted;
            }
        }
        return plotted;
    }

    // (c) a chart of each series

    private Optional<ChartContent> spendChart(Profiled p, TableContent table) {
        return chart(p, table, SpendPerChildTables.PER_CHILD_COMPARED, SPEND_CHART, "spend per child aged 0 to 17",
                "Spend per child (£)", ChartContent.Scale.pounds(),
                v -> "£" + String.format(Locale.UK, "%,d", v.setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    private Optional<ChartContent> overspendChart(Profiled p, TableContent table) {
        return chart(p, table, SpendPerChildTables.OVERSPEND_COMPARED, OVERSPEND_CHART,
                "overspend as a percentage of budget", "Overspend (% of budget)", ChartContent.Scale.signedPercent(),
                v -> v.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    private Optional<ChartContent> chart(Profiled p, TableContent table, List<Column> compared, String part,
                                         String what, String axis, ChartContent.Scale scale,
                                         Function<BigDecimal, String> format) {
        List<Column> columns = plotted(table.columns(), table.rows(), compared);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        String name = p.authority().name();
        List<String> seriesNames = List.of(name, "Statistical neighbours' median", p.regionName(), "England");
        List<ChartContent.Series> series = columns.stream()
                .map(c -> new ChartContent.Series(c, seriesNames.get(compared.indexOf(c)))).toList();
        String title = name + ": " + what + " by financial year against its statistical neighbours' median, "
                + p.regionName() + " and England";
        StringBuilder description = new StringBuilder("A line chart of " + name + "'s " + what + " in each financial"
                + " year, with a line for each comparison. ");
        for (ChartContent.Series s : series) {
            description.append(s.name()).append(": ");
            List<String> values = new ArrayList<>();
            int column = table.indexOf(s.column());
            int year = table.indexOf(YEAR);
            for (List<Object> row : table.rows()) {
                values.add(format.apply(number(row.get(column))) + " in " + row.get(year));
            }
            description.append(String.join(", ", values)).append(". ");
        }
        if (columns.size() < 4) {
            description.append("Not drawn, as some year has no figure: ").append(seriesNames.subList(0, 4).stream()
                    .filter(n -> series.stream().noneMatch(s -> s.name().equals(n))).collect(Collectors.joining(", ")))
                    .append(".");
        }
        ChartContent chart = new ChartContent(p.sheets().key(part), title, description.toString().strip(),
                ChartContent.Kind.LINE, table.key(), 0, table.rows().size() - 1, YEAR, series, axis);
        return Optional.of(chart.onSheet(p.sheets().name(part), scale));
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
