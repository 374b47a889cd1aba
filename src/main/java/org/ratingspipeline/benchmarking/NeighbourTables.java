package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.inspection.JudgementArea;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Cover;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.ReportSection;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.GradeShares;
import org.ratingspipeline.statistics.GradeTally;
import org.ratingspipeline.statistics.LatestJudgements;
import org.springframework.stereotype.Component;

/**
 * Each authority beside its ten statistical neighbours, its region and England, as DfE's LAIT and
 * Data to Insight's ILACS summary set them: the neighbours' latest overall judgements by name, how
 * many of them are good or outstanding, and the same share for the region and the country.
 */
@Component
public class NeighbourTables implements ReportSection {

    /** The key of its table. */
    public static final String NEIGHBOURS = "neighbours";

    static final int SLOTS = 10;
    static final Note MAPPED = new Note(
            "neighbours-mapped",
            "A neighbour the model lists that did not exist on the reporting date is not dropped: an authority"
                + " abolished before then (Northamptonshire, Cumbria, Bournemouth, Poole, the county of Dorset) is"
                + " counted as the authorities that replaced it, one created after it (North and West"
                + " Northamptonshire, Cumberland, Westmorland and Furness) as the authority it was made from, and its"
                + " cell says so. An authority standing for two listed neighbours counts once, and an authority is"
                + " never its own neighbour.");

    private final RatingsProperties.Report settings;
    private final BenchmarkingProperties benchmarking;
    private final AuthorityRegister register;
    private final LatestJudgements latest;
    private final StatisticalNeighbours model;
    private final NeighbourResolver resolver;

    public NeighbourTables(
            RatingsProperties properties,
            BenchmarkingProperties benchmarking,
            AuthorityRegister register,
            LatestJudgements latest,
            StatisticalNeighbours model,
            NeighbourResolver resolver) {
        this.settings = properties.report();
        this.benchmarking = benchmarking;
        this.register = register;
        this.latest = latest;
        this.model = model;
        this.resolver = resolver;
    }

    Note modelNote() {
        return new Note(
                "neighbour-model",
                "Statistical neighbours: " + benchmarking.neighbourModel() + " Each authority has ten neighbours,"
                        + " closest first. The shares of good or"
                        + " outstanding are of the neighbours"
                        + " judged, computed from the counts beside"
                        + " them and rounded to one decimal"
                        + " place.");
    }

    @Override
    public List<Cover.Line> sources(ReportRun run) {
        return List.of(Cover.Line.link(
                "Statistical neighbours: " + benchmarking.neighbourModel() + " (repository)",
                benchmarking.neighbourSourceUrl()));
    }

    @Override
    public List<Cover.Line> about(ReportRun run) {
        return List.of(Cover.Line.of(
                "Each authority is set beside its ten statistical neighbours, the authorities most like it in"
                        + " DfE's children's services statistical neighbour model (named under Source): their"
                        + " latest overall effectiveness judgements and their share good or outstanding, beside"
                        + " its region's and England's."));
    }

    @Override
    public List<TableContent> tables(ReportRun run, Notes notes) {
        return List.of(neighbours(run, comparisons(run), notes));
    }

    /** Every authority in the register on the reporting date against its neighbours, in alphabetical order. */
    public List<NeighbourComparison> comparisons(ReportRun run) {
        List<AuthorityJudgement> authorities = latest.read(run.runId(), run.asOf());
        Map<String, AuthorityJudgement> byOldCode =
                authorities.stream().collect(Collectors.toMap(a -> a.authority().oldCode(), Function.identity()));
        return authorities.stream()
                .map(a -> NeighbourComparison.of(
                        a,
                        model.of(a.authority().oldCode()).map(codes -> codes.stream()
                                .map(c -> resolver.resolve(c, run.asOf()))
                                .toList()),
                        byOldCode))
                .toList();
    }

    private TableContent neighbours(ReportRun run, List<NeighbourComparison> comparisons, Notes notes) {
        String title =
                "Latest Ofsted overall effectiveness judgement of each local authority's children's services and of"
                        + " its ten statistical neighbours, with the share good or outstanding of its neighbours, its"
                        + " region and England, "
                        + run.asAt().describe() + " " + notes.ref(modelNote());
        List<AuthorityJudgement> all =
                comparisons.stream().map(NeighbourComparison::authority).toList();
        GradeShares england = GradeTally.of(all, JudgementArea.OVERALL);
        Map<Region, GradeShares> regions = GradeTally.byRegion(all, register.englishRegions());
        List<List<Object>> rows = new ArrayList<>();
        for (NeighbourComparison c : comparisons) {
            rows.add(row(c, regions, england));
        }
        long mapped = comparisons.stream().filter(c -> !unusual(c).isEmpty()).count();
        long missing =
                comparisons.stream().filter(c -> c.neighbours().isEmpty()).count();
        return new TableContent(
                NEIGHBOURS,
                title,
                List.of(
                        TableContent.ONE_TABLE_WITH_NOTES,
                        "One row per authority in the register on the reporting date, in alphabetical order, with each"
                                + " neighbour's name and latest overall effectiveness judgement in the model's"
                                + " order. " + mapped
                                + " authorities have a "
                                + "neighbour that did not exist on the reporting date " + notes.ref(MAPPED) + "; "
                                + missing
                                + " are not in the neighbour model ([x] in their neighbour columns).",
                        "Source: " + settings.inspectionsSource() + "; " + settings.registerSource()
                                + "; statistical neighbours: " + benchmarking.neighbourModel()),
                columns(notes),
                rows);
    }

    private static List<Column> columns(Notes notes) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.code("Old LA code"),
                Column.code("ONS code"),
                Column.text("Local authority"),
                Column.text("Region"),
                Column.text("Overall effectiveness judgement")));
        for (int i = 1; i <= SLOTS; i++) {
            columns.add(Column.text("Neighbour " + i));
            columns.add(Column.text("Neighbour " + i + " overall effectiveness judgement"));
        }
        columns.add(Column.text("Neighbours that did not exist on the reporting date").withNotes(notes.ref(MAPPED)));
        columns.addAll(List.of(
                Column.count("Neighbours counted", "number"),
                Column.count("Neighbours judged", "number"),
                Column.count("Neighbours good or outstanding", "number"),
                Column.decimal("Neighbours good or outstanding", "% of judged"),
                Column.decimal("Region good or outstanding", "% of judged"),
                Column.decimal("England good or outstanding", "% of judged")));
        return columns;
    }

    private static List<Object> row(NeighbourComparison c, Map<Region, GradeShares> regions, GradeShares england) {
        LocalAuthority a = c.authority().authority();
        List<Object> row = new ArrayList<>(List.of(
                a.oldCode(), a.newCode(), a.name(), c.authority().region().name(), Judged.overall(c.authority())));
        Map<String, AuthorityJudgement> counted =
                c.counted().stream().collect(Collectors.toMap(j -> j.authority().oldCode(), Function.identity()));
        List<Neighbour> listed = c.neighbours().orElse(List.of());
        for (int i = 0; i < SLOTS; i++) {
            row.add(i < listed.size() ? listed.get(i).label() : Shorthand.NOT_AVAILABLE);
            row.add(i < listed.size() ? judgements(listed.get(i), counted) : Shorthand.NOT_AVAILABLE);
        }
        List<String> unusual = unusual(c);
        row.add(
                c.neighbours().isEmpty()
                        ? Shorthand.NOT_AVAILABLE
                        : unusual.isEmpty() ? "None" : String.join("; ", unusual));
        GradeShares s = c.shares();
        if (c.neighbours().isEmpty()) {
            row.addAll(List.of(
                    Shorthand.NOT_AVAILABLE,
                    Shorthand.NOT_AVAILABLE,
                    Shorthand.NOT_AVAILABLE,
                    Shorthand.NOT_AVAILABLE));
        } else {
            row.addAll(
                    List.of(c.counted().size(), s.judged(), s.goodOrOutstanding(), share(s.goodOrOutstandingShare())));
        }
        GradeShares region = regions.get(c.authority().region());
        row.add(region == null ? Shorthand.NOT_AVAILABLE : share(region.goodOrOutstandingShare()));
        row.add(share(england.goodOrOutstandingShare()));
        return row;
    }

    /** The neighbour's judgement, or each stand-in's by name where others stand for it. */
    private static Object judgements(Neighbour n, Map<String, AuthorityJudgement> counted) {
        if (n.standing() == Neighbour.Standing.GONE) {
            return Shorthand.NOT_AVAILABLE;
        }
        if (n.standing() == Neighbour.Standing.CURRENT) {
            AuthorityJudgement j = counted.get(n.listedCode());
            return j == null ? Shorthand.NOT_APPLICABLE : Judged.overall(j);
        }
        String named = n.standIns().stream()
                .filter(s -> counted.containsKey(s.oldCode()))
                .map(s -> s.name() + ": " + Judged.overall(counted.get(s.oldCode())))
                .collect(Collectors.joining("; "));
        // Dorset's neighbour "Dorset county" is Dorset itself on the date: nobody else stands for it.
        return named.isEmpty() ? Shorthand.NOT_APPLICABLE : named;
    }

    private static List<String> unusual(NeighbourComparison c) {
        return c.neighbours().orElse(List.of()).stream()
                .filter(n -> n.standing() != Neighbour.Standing.CURRENT)
                .map(Neighbour::label)
                .toList();
    }

    private static Object share(Optional<BigDecimal> share) {
        return share.<Object>map(b -> b).orElse(Shorthand.NOT_APPLICABLE);
    }
}
