package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.finance.Overspend;
import org.ratingspipeline.finance.SpendFile;
import org.ratingspipeline.finance.SpendLedger;
import org.ratingspipeline.finance.SpendLine;
import org.ratingspipeline.finance.SpendSummary;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.source.SourceLoads;
import org.ratingspipeline.statistics.JudgementHistory;
import org.ratingspipeline.source.SourceKind;
import org.springframework.stereotype.Component;

/**
 * Spend per child aged 0 to 17, nationally, by region and per authority, and each authority-year
 * against its statistical neighbours' median, its region and England, with its rank and quartile
 * band, beside the judgement in force during that financial year. Without a spend file, nothing.
 */
@Component
public class SpendPerChildTables implements ReportSection {

    /** The keys of its tables, in the order it builds them. */
    public static final String SPEND_PER_CHILD = "spend_per_child";
    public static final String SPEND_PER_CHILD_AUTHORITIES = "spend_per_child_authorities";
    public static final String SPEND_PER_CHILD_BY_JUDGEMENT_IN_FORCE = "spend_per_child_by_judgement_in_force";

    /**
     * An authority's spend per child, then its neighbours' median, its region's and England's: the columns an
     * authority's profile charts, named here so that chart and table agree.
     */
    public static final List<Column> PER_CHILD_COMPARED = List.of(Column.pounds("Spend per child", "£"),
            Column.pounds("Neighbours' median spend per child", "£"), Column.pounds("Region spend per child", "£"),
            Column.pounds("England spend per child", "£"));
    /** The same four comparisons of overspend as a percentage of budget. */
    public static final List<Column> OVERSPEND_COMPARED = List.of(Column.decimal("Overspend", "% of budget"),
            Column.decimal("Neighbours' median overspend", "% of budget"),
            Column.decimal("Region overspend", "% of budget"), Column.decimal("England overspend", "% of budget"));

    public static final Note PER_CHILD = new Note(
            "spend-per-child",
            "Spend per child is the outturn (net current expenditure on children's social care as spent) divided by"
                + " the ONS mid-year estimate of the children aged 0 to 17 in the year the financial year starts in"
                + " (mid-2022 for 2022 to 2023), in whole pounds. For England and each region it is the outturn of the"
                + " authorities with both an outturn and an estimate, divided by those authorities' children, so"
                + " authority-years missing from the spend file are missing from both.");
    public static final Note RANKS = new Note(
            "spend-ranks",
            "Ranks and quartile bands follow DfE's local authority interactive tool (LAIT). Polarity: none is implied"
                + " (more spend is neither better nor worse); ranks run as LAIT's do for a measure of polarity 'High',"
                + " 1 = highest, and equal figures share the best rank (the next rank is skipped). Quartiles are of"
                + " every authority with a figure that year, by linear interpolation (R's default quantile); band A:"
                + " at or below the lower quartile (the lowest figures), B: at or below the median, C: at or below the"
                + " upper quartile, D: above it. Ranks, bands and medians are of the figures as shown (whole pounds;"
                + " percentages to one decimal place).");
    public static final Note NEIGHBOUR_MEDIAN = new Note(
            "spend-neighbour-median",
            "The neighbours' median is over the authority's ten statistical neighbours with a figure that year, a"
                    + " neighbour that did not exist in the year counted as the authorities covering its area at the"
                    + " year's start. Region and England: totals over their authorities.");
    public static final Note IN_FORCE = new Note(
            "judgement-in-force",
            "The judgement in force during a financial year is the authority's latest overall effectiveness judgement"
                + " carried out and published by 1 April, the year's start; any judgement published during the year is"
                + " listed beside it. Only judgements this report counts (carried out by its reporting date and"
                + " published by its cut-off) are used.");

    private final BenchmarkingProperties benchmarking;
    private final AuthorityRegister register;
    private final SpendLedger ledger;
    private final SourceLoads loads;
    private final ChildPopulation population;
    private final StatisticalNeighbours model;
    private final NeighbourResolver resolver;
    private final JudgementsInForce inForce;

    public SpendPerChildTables(
            BenchmarkingProperties benchmarking,
            AuthorityRegister register,
            SpendLedger ledger,
            SourceLoads loads,
            ChildPopulation population,
            StatisticalNeighbours model,
            NeighbourResolver resolver,
            JudgementsInForce inForce) {
        this.benchmarking = benchmarking;
        this.register = register;
        this.ledger = ledger;
        this.loads = loads;
        this.population = population;
        this.model = model;
        this.resolver = resolver;
        this.inForce = inForce;
    }

    public boolean hasSpend(ReportRun run) {
        return loads.forRun(run.runId()).stream().anyMatch(l -> SourceKind.SPEND.is(l.kind()));
    }

    @Override
    public List<Cover.Line> sources(ReportRun run) {
        return hasSpend(run)
                ? List.of(Cover.Line.link(
                        "Children aged 0 to 17: " + benchmarking.populationSource() + " (repository)",
                        benchmarking.populationSourceUrl()))
                : List.of();
    }

    @Override
    public List<Cover.Line> about(ReportRun run) {
        return hasSpend(run)
                ? List.of(Cover.Line.of("Spend per child aged 0 to 17 (ONS mid-year estimate of the year each"
                        + " financial year starts in), nationally, by region and per authority, each authority against"
                        + " its statistical neighbours' median, its region and England with its rank and quartile band,"
                        + " beside the judgement in force during the year."))
                : List.of();
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        if (!hasSpend(run)) {
            return List.of();
        }
        Map<FinancialYear, List<AuthorityYear>> byYear = byYear(run);
        Map<String, List<JudgementHistory.Judged>> judgements = inForce.read(run);
        return List.of(
                areas(byYear, notes),
                authorities(run, byYear, judgements, notes),
                SpendByJudgementInForce.table(byYear, judgements, notes, benchmarking.populationSource()));
    }

    /** The spend rows matched to an authority of their year, with its children, by financial year. */
    Map<FinancialYear, List<AuthorityYear>> byYear(ReportRun run) {
        return new TreeMap<>(ledger.read(run.runId(), run.asOf()).stream()
                .filter(SpendLine::matched)
                .map(l -> AuthorityYear.of(l, population))
                .collect(Collectors.groupingBy(a -> a.line().year())));
    }

    private TableContent areas(Map<FinancialYear, List<AuthorityYear>> byYear, Notes notes) {
        String title = "Children's social care spend per child aged 0 to 17 by financial year, England and regions "
                + notes.ref(PER_CHILD);
        List<Column> columns = List.of(
                Column.code("Area code"),
                Column.text("Area"),
                Column.text("Financial year"),
                Column.text("Population estimate used"),
                Column.count("Authorities with outturn and estimate", "number"),
                Column.decimal("Outturn", "£ million"),
                Column.count("Children aged 0 to 17", "number"),
                Column.pounds("Spend per child", "£"));
        List<List<Object>> rows = new ArrayList<>();
        byYear.forEach((year, all) -> rows.add(areaRow(Formats.ENGLAND_CODE, "England", year, all)));
        for (Region region : register.englishRegions()) {
            byYear.forEach((year, all) -> rows.add(areaRow(
                    region.code(),
                    region.name(),
                    year,
                    all.stream()
                            .filter(a -> a.line().region().code().equals(region.code()))
                            .toList())));
        }
        return new TableContent(
                SPEND_PER_CHILD,
                title,
                List.of(
                        TableContent.ONE_TABLE_WITH_NOTES,
                        "England first, then each region, one row per financial year. [z]: no authority of the area"
                                + " has both figures.",
                        "Source: the spend file listed on the cover; " + benchmarking.populationSource() + "."),
                columns,
                rows);
    }

    private static List<Object> areaRow(String code, String name, FinancialYear year, List<AuthorityYear> all) {
        List<AuthorityYear> both =
                all.stream().filter(a -> a.perChild().isPresent()).toList();
        BigDecimal outturn =
                both.stream().map(a -> a.line().money().outturn()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long children = both.stream().mapToLong(a -> a.children().orElseThrow()).sum();
        List<Object> row = new ArrayList<>(List.of(code, name, year.label(), "Mid-" + year.startYear(), both.size()));
        row.add(both.isEmpty() ? Shorthand.NOT_APPLICABLE : SpendSummary.millions(outturn));
        row.add(both.isEmpty() ? Shorthand.NOT_APPLICABLE : children);
        row.add(perChild(both).<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE));
        return row;
    }

    /** Total outturn over total children, whole pounds; empty without any authority with both. */
    static Optional<BigDecimal> perChild(List<AuthorityYear> both) {
        List<AuthorityYear> with =
                both.stream().filter(a -> a.perChild().isPresent()).toList();
        if (with.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal outturn =
                with.stream().map(a -> a.line().money().outturn()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long children = with.stream().mapToLong(a -> a.children().orElseThrow()).sum();
        return Optional.of(outturn.divide(BigDecimal.valueOf(children), 0, RoundingMode.HALF_UP));
    }

    private TableContent authorities(
            ReportRun run,
            Map<FinancialYear, List<AuthorityYear>> byYear,
            Map<String, List<JudgementHistory.Judged>> judgements,
            Notes notes) {
        String title = "Children's social care spend per child aged 0 to 17 and overspend of each local authority by"
                + " financial year against its statistical neighbours, region and England, with the Ofsted"
                + " judgement in force that year, England " + notes.ref(PER_CHILD, RANKS);
        List<List<Object>> rows = new ArrayList<>();
        byYear.forEach((year, all) -> {
            YearFigures figures = new YearFigures(year, all);
            all.forEach(a -> rows.add(authorityRow(a, figures, judgements.getOrDefault(a.oldCode(), List.of()))));
        });
        rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(2))
                .thenComparing(r -> (String) r.get(4)));
        return new TableContent(
                SPEND_PER_CHILD_AUTHORITIES,
                title,
                List.of(
                        TableContent.ONE_TABLE_WITH_NOTES,
                        "One row per authority and financial year with spend, in alphabetical order. Rank 1 is the"
                                + " highest figure in England that year " + notes.ref(RANKS)
                                + ". [x]: a figure is missing (no outturn, budget or population estimate, or no"
                                + " neighbour with a figure, or the authority is not in the neighbour model); [z]:"
                                + " overspend has no percentage (budget of zero or less).",
                        "Source: the spend file listed on the cover; " + benchmarking.populationSource()
                                + "; statistical neighbours: " + benchmarking.neighbourModel()),
                authorityColumns(notes),
                rows);
    }

    private static List<Column> authorityColumns(Notes notes) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.code("Old LA code"),
                Column.code("ONS code"),
                Column.text("Local authority"),
                Column.text("Region"),
                Column.text("Financial year"),
                Column.text("Overall effectiveness judgement in force at the start of the year")
                        .withNotes(notes.ref(IN_FORCE)),
                Column.text("Judgements published during the year")));
        columns.addAll(bandColumns());
        columns.add(Column.pounds("Outturn", "£"));
        columns.add(Column.count("Children aged 0 to 17", "number"));
        columns.addAll(figureColumns(notes));
        return columns;
    }

    /**
     * An authority-year's two quartile bands, in the order of {@link SpendBenchmark#bands()}: the columns this table
     * and an authority's profile share, so their headers agree. Text, so they come before the figures.
     */
    public static List<Column> bandColumns() {
        return List.of(
                Column.text("Quartile band of spend per child (A lowest to D highest)"),
                Column.text("Quartile band of overspend (A lowest to D highest)"));
    }

    /**
     * An authority-year's spend per child and overspend against its neighbours' median, region and England, with
     * ranks, in the order of {@link SpendBenchmark#figures()}: shared with an authority's profile, as the bands are.
     */
    public static List<Column> figureColumns(Notes notes) {
        return List.of(
                PER_CHILD_COMPARED.get(0),
                PER_CHILD_COMPARED.get(1).withNotes(notes.ref(NEIGHBOUR_MEDIAN)),
                PER_CHILD_COMPARED.get(2),
                PER_CHILD_COMPARED.get(3),
                Column.count("Rank of spend per child, 1 = highest", "rank"),
                Column.count("Authorities ranked by spend per child", "number"),
                OVERSPEND_COMPARED.get(0),
                OVERSPEND_COMPARED.get(1),
                OVERSPEND_COMPARED.get(2),
                OVERSPEND_COMPARED.get(3),
                Column.count("Rank of overspend, 1 = highest", "rank"),
                Column.count("Authorities ranked by overspend", "number"));
    }

    private List<Object> authorityRow(AuthorityYear a, YearFigures f, List<JudgementHistory.Judged> judgements) {
        LocalAuthority la = a.line().authority();
        SpendBenchmark b = benchmark(a, f);
        List<Object> row = new ArrayList<>(List.of(
                la.oldCode(),
                la.newCode(),
                la.name(),
                a.line().region().name(),
                a.line().year().label()));
        row.add(JudgementsInForce.atStart(judgements, a.line().year()));
        row.add(JudgementsInForce.during(judgements, a.line().year()));
        row.addAll(b.bands());
        row.add(cell(Optional.ofNullable(a.line().money().outturn())));
        row.add(a.children().<Object>map(c -> c).orElse(Shorthand.NOT_AVAILABLE));
        row.addAll(b.figures());
        return row;
    }

    /** One authority-year against its neighbours' median, its region and England, with its ranks and bands. */
    SpendBenchmark benchmark(AuthorityYear a, YearFigures f) {
        List<BigDecimal> neighboursPerChild = neighbourValues(a, f, AuthorityYear::perChild);
        List<Object> perChildRank = rankAndBand(a.perChild(), f.perChild(), f.perChildQuartiles());
        List<Object> overspendRank = rankAndBand(a.overspend(), f.overspend(), f.overspendQuartiles());
        return new SpendBenchmark(
                a,
                cell(a.perChild()),
                cell(Benchmark.median(neighboursPerChild, 0)),
                neighboursPerChild.size(),
                cell(f.regionPerChild(a.line().region())),
                cell(f.englandPerChild()),
                perChildRank.get(0),
                (Integer) perChildRank.get(1),
                perChildRank.get(2),
                overspendCell(a),
                cell(Benchmark.median(neighbourValues(a, f, AuthorityYear::overspend), 1)),
                cell(f.regionOverspend(a.line().region())),
                cell(f.englandOverspend()),
                overspendRank.get(0),
                (Integer) overspendRank.get(1),
                overspendRank.get(2));
    }

    /**
     * Every authority-year of the run against its neighbours, region and England, by financial year (in order), as
     * the authorities table shows them; empty without a spend file.
     */
    public Map<FinancialYear, List<SpendBenchmark>> benchmarks(ReportRun run) {
        Map<FinancialYear, List<SpendBenchmark>> benchmarks = new TreeMap<>();
        if (!hasSpend(run)) {
            return benchmarks;
        }
        byYear(run).forEach((year, all) -> {
            YearFigures figures = new YearFigures(year, all);
            benchmarks.put(year, all.stream().map(a -> benchmark(a, figures)).toList());
        });
        return benchmarks;
    }

    /** One authority's financial years (by old LA code), in order, as the authorities table shows them. */
    public List<SpendBenchmark> benchmarks(ReportRun run, String oldCode) {
        return benchmarks(run).values().stream()
                .flatMap(List::stream)
                .filter(b -> b.authorityYear().oldCode().equals(oldCode))
                .toList();
    }

    private static Object overspendCell(AuthorityYear a) {
        Overspend money = a.line().money();
        if (a.overspend().isPresent()) {
            return a.overspend().get();
        }
        return money.complete() ? Shorthand.NOT_APPLICABLE : Shorthand.NOT_AVAILABLE;
    }

    /** An authority with a value is one of the year's values, so the year has quartiles to band it by. */
    private static List<Object> rankAndBand(Optional<BigDecimal> value, List<BigDecimal> all,
            Optional<Benchmark.Quartiles> quartiles) {
        if (value.isEmpty()) {
            return List.of(Shorthand.NOT_AVAILABLE, all.size(), Shorthand.NOT_AVAILABLE);
        }
        return List.of(Benchmark.rankHighestFirst(value.get(), all), all.size(),
                quartiles.orElseThrow().band(value.get()));
    }

    /** The figures of the authorities standing for the neighbours at the year's start, never the authority itself. */
    private List<BigDecimal> neighbourValues(
            AuthorityYear a, YearFigures f, Function<AuthorityYear, Optional<BigDecimal>> value) {
        List<String> listed = model.of(a.oldCode()).orElse(List.of());
        return listed.stream()
                .flatMap(c -> resolver.resolve(c, a.line().year().start()).standIns().stream())
                .map(LocalAuthority::oldCode)
                .distinct()
                .filter(Predicate.not(a.oldCode()::equals))
                .map(f::of)
                .flatMap(Optional::stream)
                .map(value)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Object cell(Optional<BigDecimal> value) {
        return value.<Object>map(b -> b).orElse(Shorthand.NOT_AVAILABLE);
    }
}
