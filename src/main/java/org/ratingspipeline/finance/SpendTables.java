package org.ratingspipeline.finance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.source.SourceLoads;
import org.ratingspipeline.source.SourceKind;
import org.springframework.stereotype.Component;

/**
 * The spend tables: budget, outturn and overspend by financial year nationally and by region, by
 * latest judgement, per authority, and the reconciliation of the rows not joined to a judgement.
 * Without a spend file in the run there are no spend tables, and the cover says so.
 */
@Component
public class SpendTables implements ReportSection {

    /** The keys of its tables, in the order it builds them. */
    public static final String SPEND_NATIONAL = "spend_national";
    public static final String SPEND_REGIONS = "spend_regions";
    public static final String SPEND_BY_JUDGEMENT = "spend_by_judgement";
    public static final String SPEND_AUTHORITIES = "spend_authorities";
    public static final String SPEND_RECONCILIATION = "spend_reconciliation";

    static final Note ATTRIBUTION = new Note("spend-attribution", "Spend belongs to the authority that existed in its "
            + "financial year, under its own old LA code, and is set beside that authority's latest Ofsted judgement "
            + "as at the reporting date, for every financial year loaded, before or after the reporting date. Spend of "
            + "an authority replaced before the reporting date (Cumbria's, before Cumberland and Westmorland and "
            + "Furness took over on 1 April 2023) is not attributed to its successors' judgements, which are of "
            + "different authorities with different budgets: those rows are listed in the reconciliation table with "
            + "the reason, as are rows of authorities with no judgement by the reporting date and of those whose "
            + "latest inspection, from 1 April 2026, gave no overall effectiveness judgement.");
    static final Note COMPLETE = new Note("spend-complete", "Sums, overspend as a percentage of budget and the "
            + "authorities overspending are over the authorities with both a budget and an outturn in the year; the "
            + "median is over those whose budget is above zero. In rows for all years together, an authority counts "
            + "once for each financial year. Sums in £ million are rounded to one decimal place, so budget plus "
            + "overspend may differ from outturn by 0.1.");

    private final RatingsProperties.Report settings;
    private final AuthorityRegister register;
    private final SpendLedger ledger;
    private final SourceLoads loads;

    public SpendTables(RatingsProperties properties, AuthorityRegister register, SpendLedger ledger,
            SourceLoads loads) {
        this.settings = properties.report();
        this.register = register;
        this.ledger = ledger;
        this.loads = loads;
    }

    /** Spend and what it means, with the source: referred to from every table that shows spend. */
    Note definitions() {
        return new Note("spend-definitions", "Budget and outturn are an authority's net current expenditure on "
                + "children's social care, as budgeted before the financial year and as spent. Overspend is outturn "
                + "minus budget (negative where the authority spent less than its budget); overspend as a percentage "
                + "of budget is the overspend divided by the budget, times "
                + "100, to one decimal place. Source: " + settings.spendSource() + ".");
    }

    Note caveat() {
        return new Note("spend-caveat", settings.spendCaveat());
    }

    /** Whether the run read a spend file: without one the report has no spend figures. */
    boolean hasSpend(ReportRun run) {
        return loads.forRun(run.runId()).stream().anyMatch(l -> SourceKind.SPEND.is(l.kind()));
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        if (!hasSpend(run)) {
            return List.of();
        }
        List<SpendLine> lines = ledger.read(run.runId(), run.asOf());
        List<SpendLine> matched = lines.stream().filter(SpendLine::matched).toList();
        List<FinancialYear> years = List.copyOf(new TreeSet<>(matched.stream().map(SpendLine::year).toList()));
        return List.of(national(matched, years, notes), byRegion(matched, years, notes),
                byGrade(run, lines, years, notes),
                authorities(run, matched, notes), reconciliation(run, lines, notes));
    }

    @Override
    public List<Cover.Line> about(ReportRun run) {
        if (!hasSpend(run)) {
            return List.of();
        }
        return List.of(Cover.Line.of("Beside the judgements, the workbook sets each authority's children's social care "
                        + "budget and outturn: the overspend by financial year, nationally, by region, by latest "
                        + "judgement and per authority, and every spend row that could not be joined to a judgement, "
                        + "with the reason."),
                Cover.Line.of("Caveat on spend: " + settings.spendCaveat()));
    }

    @Override
    public List<Cover.Line> sources(ReportRun run) {
        return hasSpend(run)
                ? List.of(Cover.Line.link(settings.spendSource() + " (web page)", settings.spendSourceUrl()))
                        : List.of();
    }

    @Override
    public List<Cover.Line> inputs(ReportRun run) {
        return hasSpend(run) ? List.of() : List.of(Cover.Line.of("No children's social care spend file was given for "
                + "this run, so the workbook has no spend tables."));
    }

    private List<String> description(String what) {
        return List.of(TableContent.ONE_TABLE_WITH_NOTES, what,
                "Source: " + settings.spendSource() + ".");
    }

    /** One row per financial year and one for the years together: the national figure a researcher checks first. */
    private TableContent national(List<SpendLine> matched, List<FinancialYear> years, Notes notes) {
        String title = "Children's social care budget, outturn and overspend of local authorities by financial year, "
                + "England " + notes.ref(definitions(), caveat(), COMPLETE);
        List<Column> columns = new ArrayList<>(List.of(Column.text("Financial year")));
        columns.addAll(SpendCells.summaryColumns());
        List<List<Object>> rows = new ArrayList<>();
        yearRows(rows, List.of(), matched, years);
        return new TableContent(SPEND_NATIONAL, title, description("One row per financial year, then the years "
                + "together. Every authority matched to the register in the year counts, whether or not it had a "
                + "judgement. [z] in a percentage: the budget is zero or less."), columns, rows);
    }

    private TableContent byRegion(List<SpendLine> matched, List<FinancialYear> years, Notes notes) {
        String title = "Children's social care budget, outturn and overspend of local authorities by region and "
                + "financial year, England";
        List<Column> columns =
                new ArrayList<>(List.of(Column.code("Region code"), Column.text("Region"), Column.text("Financial "
                        + "year")));
        columns.addAll(SpendCells.summaryColumns());
        List<List<Object>> rows = new ArrayList<>();
        for (Region region : register.englishRegions()) {
            yearRows(rows, List.of(region.code(), region.name()),
                    matched.stream().filter(l -> l.region().code().equals(region.code())).toList(), years);
        }
        return new TableContent(SPEND_REGIONS, title, description("Authorities are placed in their region in DfE's "
                + "register " + notes.ref(COMPLETE) + "."), columns, rows);
    }

    private TableContent byGrade(ReportRun run, List<SpendLine> lines, List<FinancialYear> years, Notes notes) {
        String date = Formats.LONG_DATE.format(run.asOf());
        String title = "Children's social care overspend of local authorities by latest Ofsted overall effectiveness "
                + "judgement and "
                + "financial year, England, as at " + date + " " + notes.ref(ATTRIBUTION);
        List<Column> columns =
                new ArrayList<>(List.of(Column.text("Overall effectiveness judgement"), Column.text("Financial year")));
        columns.addAll(SpendCells.summaryColumns());
        List<SpendLine> joined = lines.stream().filter(SpendLine::joined).toList();
        Map<Grade, List<SpendLine>> byGrade = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            byGrade.put(g, joined.stream().filter(l -> l.grade() == g).toList());
        }
        List<List<Object>> rows = new ArrayList<>();
        byGrade.forEach((grade, gradeLines) -> yearRows(rows, List.of(grade.label()), gradeLines, years));
        yearRows(rows, List.of("All judgements"), joined, years);
        return new TableContent(SPEND_BY_JUDGEMENT, title,
                description(joined.size() + " of the " + lines.size() + " spend rows "
                + "are joined to the latest judgement of their authority as at " + date + "; the other "
                + (lines.size() - joined.size())
                + " are listed with the reason in the reconciliation table " + notes.ref(COMPLETE) + "."), columns,
                rows);
    }

    /** Rows for each financial year and then all years together, after the given label cells. */
    private static void yearRows(List<List<Object>> rows, List<Object> labels, List<SpendLine> lines,
            List<FinancialYear> years) {
        for (FinancialYear year : years) {
            rows.add(row(labels, year.label(), lines, l -> l.year().equals(year)));
        }
        rows.add(row(labels, years.size() == 1 ? "The 1 financial year" : "All " + years.size() + " financial years",
                lines, l -> true));
    }

    private static List<Object> row(List<Object> labels, String period, List<SpendLine> lines,
            Predicate<SpendLine> in) {
        List<Object> row = new ArrayList<>(labels);
        row.add(period);
        row.addAll(SpendCells.summary(SpendSummary.of(lines.stream().filter(in).map(SpendLine::money).toList())));
        return row;
    }

    private TableContent authorities(ReportRun run, List<SpendLine> matched, Notes notes) {
        String date = Formats.LONG_DATE.format(run.asOf());
        String title = "Children's social care budget, outturn and overspend of each local authority by financial "
                + "year, England, with its latest Ofsted judgement as at " + date;
        List<Column> columns = List.of(Column.code("Old LA code"), Column.code("ONS code"), Column.text("Local "
                + "authority"),
                Column.text("Region"), Column.text("Financial year"),
                Column.text("Latest overall effectiveness judgement").withNotes(notes.ref(ATTRIBUTION)),
                Column.pounds("Budget", "£"), Column.pounds("Outturn", "£"),
                Column.pounds("Overspend", "£"), Column.decimal("Overspend", "% of budget"));
        List<List<Object>> rows = new ArrayList<>();
        for (SpendLine l : matched) {
            List<Object> row =
                    new ArrayList<>(List.of(l.authority().oldCode(), l.authority().newCode(), l.authority().name(),
                    l.region().name(), l.year().label(), l.joined() ? l.grade().label() : Shorthand.NOT_AVAILABLE));
            row.addAll(SpendCells.money(l.money()));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(TableContent.sayingRow(columns, Shorthand.NOT_AVAILABLE,
                    Map.of("Local authority", "No spend row matched an authority")));
        }
        return new TableContent(SPEND_AUTHORITIES, title, description("One row per authority and financial year, in "
                + "alphabetical order; the ONS code is the authority's code in that year. The judgement is [x] where "
                + "the row is not joined to one (see the reconciliation table). [x] in a figure: the file gave none; "
                + "[z] in a percentage: the budget is zero "
                + "or less " + notes.ref(definitions()) + "."), columns, rows);
    }

    /** A row left out of the join: the register's codes and name where it matched, else the file's. */
    private static List<Object> reconciliationRow(SpendLine l) {
        List<Object> row = new ArrayList<>(List.of(l.reason().label(), l.sourceFile(), l.year().label()));
        if (l.matched()) {
            row.addAll(List.of(l.authority().oldCode(), l.authority().newCode(), l.authority().name()));
        } else {
            row.add(orNotAvailable(l.given().oldCode()));
            row.add(orNotAvailable(l.given().newCode()));
            row.add(orNotAvailable(l.given().name()));
        }
        row.addAll(List.of(l.detail(), SpendCells.pounds(l.money().budget()), SpendCells.pounds(l.money().outturn()),
                SpendCells.pounds(l.money().overspend()), l.line()));
        return row;
    }

    /** " (3 reason one; 2 reason two)" in the reasons' order, or nothing when no row is left out. */
    private static String countsByReason(List<SpendLine> left) {
        Map<ReconciliationReason, Long> byReason = left.stream().collect(Collectors.groupingBy(SpendLine::reason,
                () -> new EnumMap<>(ReconciliationReason.class), Collectors.counting()));
        return byReason.isEmpty() ? "" : " (" + byReason.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("; ")) + ")";
    }

    private TableContent reconciliation(ReportRun run, List<SpendLine> lines, Notes notes) {
        String date = Formats.LONG_DATE.format(run.asOf());
        String title = "Children's social care spend rows not joined to an Ofsted judgement as at " + date + ", with "
                + "the reason";
        List<Column> columns = List.of(Column.text("Reason").withNotes(notes.ref(ATTRIBUTION)),
                Column.text("Input file"), Column.text("Financial year"), Column.code("Old LA code"),
                Column.code("ONS code"), Column.text("Local authority"), Column.text("Detail"),
                Column.pounds("Budget", "£"), Column.pounds("Outturn", "£"), Column.pounds("Overspend", "£"),
                Column.plain("Line", "number"));
        List<SpendLine> left = lines.stream().filter(l -> !l.joined())
                .sorted(Comparator.comparing(SpendLine::reason).thenComparing(SpendLine::sourceFile)
                        .thenComparingLong(SpendLine::line))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (SpendLine l : left) {
            rows.add(reconciliationRow(l));
        }
        if (rows.isEmpty()) {
            rows.add(TableContent.sayingRow(columns, Shorthand.NOT_APPLICABLE,
                    Map.of("Reason", "Every spend row is joined", "Detail", "No spend row was left out of the join.")));
        }
        String counts = countsByReason(left);
        long joined = lines.size() - left.size();
        return new TableContent(SPEND_RECONCILIATION, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                lines.size() + " spend rows are loaded: " + joined + " are joined to a judgement and " + left.size()
                        + " are listed here" + counts + ". Rows the input could not supply at all (unreadable, or an "
                        + "authority and year given twice) are in the data-quality table.",
                "Codes and name are the register's where the row matched an authority, otherwise as the file gave "
                        + "them; [x] where the file gave none, as for missing figures.",
                "Source: the spend file listed on the cover."), columns, rows);
    }

    private static Object orNotAvailable(String value) {
        return value == null ? Shorthand.NOT_AVAILABLE : value;
    }
}
