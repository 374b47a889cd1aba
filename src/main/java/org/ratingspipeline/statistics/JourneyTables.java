package org.ratingspipeline.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.common.RatingsProperties;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Note;
import org.ratingspipeline.report.Notes;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.report.Shorthand;
import org.ratingspipeline.report.TableContent;
import org.springframework.stereotype.Component;

/**
 * Improvement journeys: what an authority's next judgement was, given its last one; how long
 * authorities judged inadequate took to leave inadequate; who is inadequate now and for how long.
 */
@Component
public class JourneyTables {

    static final String ALL = "All frameworks";
    static final String ANY_GRADE = "Any judgement";

    static final Note CONSECUTIVE = new Note("consecutive", "A transition is a pair of consecutive overall "
            + "effectiveness judgements of the same authority, identified by its old LA code, in the order the "
            + "inspections were carried out, both counted by the reporting date's rule (carried out by the reporting "
            + "date, published by the cut-off), across frameworks: a SIF judgement followed by an ILACS one is a "
            + "transition between the frameworks. An authority contributes one transition fewer than it has overall "
            + "judgements; authorities since abolished count too. An inspection under the 2026 arrangements gives no "
            + "overall judgement, so it ends an authority's series. Dates and months are those of publication.");
    static final Note MONTHS = new Note("months", "Months are whole calendar months completed between two dates: 15 "
            + "March to 14 June is 2 months.");
    static final Note SPELL = new Note("spell", "A spell of inadequate starts with an inadequate judgement that did "
            + "not follow another inadequate judgement of the same authority, and ends with the authority's next "
            + "judgement that is not inadequate. Months to leave inadequate count from the first inadequate judgement "
            + "of the spell to that next judgement.");

    private final RatingsProperties.Report settings;
    private final AuthorityRegister register;
    private final LatestJudgements latest;

    public JourneyTables(RatingsProperties properties, AuthorityRegister register, LatestJudgements latest) {
        this.settings = properties.report();
        this.register = register;
        this.latest = latest;
    }

    /** Transitions, inadequate judgements and what followed, leaving inadequate, inadequate now: in that order. */
    public List<TableContent> tables(ReportRun run, ImprovementJourneys.Journeys found, Notes notes) {
        List<InadequateJudgement> inadequate = found.inadequate();
        List<InadequateSpell> spells = InadequateSpell.of(inadequate);
        return List.of(transitions(run, found.transitions(), notes), inadequate(run, spells, notes),
                leaving(run, spells, notes), inadequateNow(run, spells, notes));
    }

    private Note completeness() {
        // the same note as the headline tables' (same key and text), so it is listed once
        return new Note("completeness", settings.inspectionsCaveat());
    }

    private String source() {
        return "Source: " + settings.inspectionsSource() + "; " + settings.registerSource() + ".";
    }

    private TableContent transitions(ReportRun run, List<Transition> transitions, Notes notes) {
        String title = "Next Ofsted overall effectiveness judgement of local authority children's services by the "
                + "judgement before it, England, judgements " + run.asAt().describe() + " "
                + notes.ref(CONSECUTIVE, completeness());
        List<Column> columns =
                new ArrayList<>(List.of(Column.text("Frameworks").withNotes(notes.ref(InspectionTables.FRAMEWORK,
                TrendTables.BREAK)), Column.text("Judgement before")));
        for (Grade g : Grade.values()) {
            columns.add(Column.count("Next judgement " + g.label().toLowerCase(Locale.ROOT), "number"));
        }
        columns.add(Column.count("All next judgements", "number"));
        Map<String, List<Transition>> byPair = new LinkedHashMap<>();
        transitions.stream()
                .sorted(Comparator.comparing(Transition::fromFramework).thenComparing(Transition::toFramework))
                .forEach(t -> byPair.computeIfAbsent(t.frameworks(), k -> new ArrayList<>()).add(t));
        List<List<Object>> rows = new ArrayList<>();
        if (byPair.size() == 1) {
            addTransitions(rows, byPair.keySet().iterator().next(), transitions);
        } else {
            addTransitions(rows, ALL, transitions);
            byPair.forEach((pair, list) -> addTransitions(rows, pair, list));
        }
        return new TableContent(HistoryTables.TRANSITIONS, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "Each row counts the judgements of one grade that were followed by another judgement of the same "
                        + "authority, by the grade of that next judgement. Rows for each pair of frameworks follow the "
                        + "rows for all frameworks when judgements under more than one framework are counted.",
                source()), columns, rows);
    }

    private static void addTransitions(List<List<Object>> rows, String frameworks, List<Transition> transitions) {
        Map<Grade, Map<Grade, Long>> counts = new EnumMap<>(Grade.class);
        for (Transition t : transitions) {
            counts.computeIfAbsent(t.from(), g -> new EnumMap<>(Grade.class)).merge(t.to(), t.count(), Long::sum);
        }
        Map<Grade, Long> columnTotals = new EnumMap<>(Grade.class);
        for (Grade from : Grade.values()) {
            List<Object> row = new ArrayList<>(List.of(frameworks, from.label()));
            long total = 0;
            for (Grade to : Grade.values()) {
                long n = counts.getOrDefault(from, Map.of()).getOrDefault(to, 0L);
                row.add(n);
                total += n;
                columnTotals.merge(to, n, Long::sum);
            }
            row.add(total);
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>(List.of(frameworks, ANY_GRADE));
        for (Grade to : Grade.values()) {
            totals.add(columnTotals.getOrDefault(to, 0L));
        }
        totals.add(columnTotals.values().stream().mapToLong(Long::longValue).sum());
        rows.add(totals);
    }

    private TableContent inadequate(ReportRun run, List<InadequateSpell> spells, Notes notes) {
        String title = "Inadequate Ofsted overall effectiveness judgements of local authority children's services and "
                + "the judgement that followed, England, judgements " + run.asAt().describe();
        List<Column> columns = List.of(Column.code("Old LA code"), Column.text("Local authority"),
                // the next judgement (text) before the dates: a date is right-aligned, and text after it ran into it
                Column.text("Framework"), Column.text("Next judgement"),
                Column.date("Inadequate judgement published"), Column.date("Next judgement published"),
                        Column.count("Months to next judgement", "number").withNotes(notes.ref(MONTHS)),
                Column.date("Inadequate since").withNotes(notes.ref(SPELL)),
                Column.count("Months to leave inadequate", "number"));
        Map<String, LocalAuthority> names = authorities();
        List<List<Object>> rows = new ArrayList<>();
        for (InadequateSpell spell : spells) {
            for (InadequateJudgement j : spell.judgements()) {
                boolean last = j == spell.judgements().get(spell.judgements().size() - 1);
                Object leave = !last ? Shorthand.NOT_APPLICABLE
                        : spell.monthsToLeave().<Object>map(m -> m).orElse(Shorthand.NOT_AVAILABLE);
                rows.add(List.of(j.oldCode(), name(names, j.oldCode()), j.framework().code(),
                        j.next().<Object>map(Grade::label).orElse(Shorthand.NOT_AVAILABLE), j.published(),
                        j.next().isPresent() ? j.nextPublished() : Shorthand.NOT_AVAILABLE,
                        j.monthsToNext().<Object>map(m -> m).orElse(Shorthand.NOT_AVAILABLE),
                        spell.since(), leave));
            }
        }
        rows.sort(Comparator.comparing((List<Object> r) -> (String) r.get(1)).thenComparing(r -> (LocalDate) r.get(4)));
        if (rows.isEmpty()) {
            rows.add(TableContent.sayingRow(columns, Shorthand.NOT_APPLICABLE,
                    Map.of("Local authority", "No inadequate judgement was published by the reporting date")));
        }
        return new TableContent(HistoryTables.INADEQUATE_NEXT, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "One row per inadequate judgement, by authority and date. [x] in the next judgement columns: no later "
                        + "judgement had been published by the reporting date. Months to leave inadequate are on the "
                        + "last inadequate judgement of each spell; [z] where another inadequate judgement followed.",
                source()), columns, rows);
    }

    private TableContent leaving(ReportRun run, List<InadequateSpell> spells, Notes notes) {
        String title = "Time local authority children's services took to leave an Ofsted inadequate judgement, "
                + "England, judgements " + run.asAt().describe() + " " + notes.ref(SPELL);
        List<Column> columns = List.of(Column.text("Framework of the first inadequate judgement"),
                Column.count("Spells of inadequate", "number"), Column.count("Spells ended", "number"),
                Column.count("Spells with no later judgement yet", "number"),
                Column.decimal("Median time to leave inadequate", "months").withNotes(notes.ref(MONTHS)),
                Column.count("Shortest time to leave inadequate", "months"),
                Column.count("Longest time to leave inadequate", "months"));
        Map<Framework, List<InadequateSpell>> byFramework = new EnumMap<>(Framework.class);
        spells.forEach(s -> byFramework.computeIfAbsent(s.framework(), f -> new ArrayList<>()).add(s));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(leavingRow(ALL, spells));
        if (byFramework.size() > 1) {
            byFramework.forEach((f, list) -> rows.add(leavingRow(f.code(), list)));
        }
        return new TableContent(HistoryTables.LEAVING_INADEQUATE, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "The median, shortest and longest are over the spells that ended; [z] where none had.",
                source()), columns, rows);
    }

    private static List<Object> leavingRow(String label, List<InadequateSpell> spells) {
        List<Long> months = spells.stream().flatMap(s -> s.monthsToLeave().stream()).sorted().toList();
        Optional<BigDecimal> median = InadequateSpell.medianMonthsToLeave(spells);
        return List.of(label, (long) spells.size(), (long) months.size(), (long) (spells.size() - months.size()),
                median.<Object>map(m -> m).orElse(Shorthand.NOT_APPLICABLE),
                months.isEmpty() ? Shorthand.NOT_APPLICABLE : months.get(0),
                months.isEmpty() ? Shorthand.NOT_APPLICABLE : months.get(months.size() - 1));
    }

    /** When each spell still open began, by old LA code. */
    private static Map<String, LocalDate> openSpellStarts(List<InadequateSpell> spells) {
        Map<String, LocalDate> spellStart = new HashMap<>();
        for (InadequateSpell s : spells) {
            if (s.left().isEmpty()) {
                spellStart.put(s.oldCode(), s.since());
            }
        }
        return spellStart;
    }

    private TableContent inadequateNow(ReportRun run, List<InadequateSpell> spells, Notes notes) {
        String date = Formats.LONG_DATE.format(run.asOf());
        String title = "Local authority children's services whose latest Ofsted overall effectiveness judgement was "
                + "inadequate, England, " + run.asAt().describe() + " " + notes.ref(InspectionTables.LATEST);
        List<Column> columns = List.of(Column.code("Old LA code"), Column.code("ONS code"),
                Column.text("Local authority"),
                Column.text("Region"), Column.text("Framework"), Column.date("Inadequate judgement published"),
                Column.count("Months since that judgement", "number").withNotes(notes.ref(MONTHS)),
                Column.date("Inadequate since").withNotes(notes.ref(SPELL)),
                Column.count("Months since first judged inadequate", "number"));
        Map<String, LocalDate> spellStart = openSpellStarts(spells);
        List<List<Object>> rows = new ArrayList<>();
        for (AuthorityJudgement a : latest.read(run.runId(), run.asOf())) {
            Optional<LatestJudgement> j = a.judgement().filter(l -> l.overall() == Grade.INADEQUATE);
            if (j.isEmpty()) {
                continue;
            }
            LocalDate judged = j.get().countedDate();
            LocalDate since = spellStart.getOrDefault(a.authority().oldCode(), judged);
            rows.add(List.of(a.authority().oldCode(), a.authority().newCode(), a.authority().name(), a.region().name(),
                    j.get().framework().code(), judged, InadequateJudgement.months(judged, run.asOf()),
                    since, InadequateJudgement.months(since, run.asOf())));
        }
        rows.sort(Comparator.comparing((List<Object> r) -> (LocalDate) r.get(5)).thenComparing(r -> (String) r.get(2)));
        if (rows.isEmpty()) {
            rows.add(TableContent.sayingRow(columns, Shorthand.NOT_APPLICABLE,
                    Map.of("Local authority", "No authority's latest judgement was inadequate")));
        }
        return new TableContent(HistoryTables.INADEQUATE_NOW, title, List.of(
                TableContent.ONE_TABLE_WITH_NOTES,
                "One row per authority in the register on " + date + " whose latest judgement was inadequate, longest "
                        + "first. Months are counted to the reporting date.",
                source()), columns, rows);
    }

    /** Each old LA code's newest register entry: the name an authority goes by now, or went by when abolished. */
    private Map<String, LocalAuthority> authorities() {
        Map<String, LocalAuthority> byCode = new HashMap<>();
        for (LocalAuthority a : register.all()) {
            byCode.merge(a.oldCode(), a, (x, y) -> x.operationDate().isAfter(y.operationDate()) ? x : y);
        }
        return byCode;
    }

    private static String name(Map<String, LocalAuthority> names, String oldCode) {
        LocalAuthority a = names.get(oldCode);
        return a == null ? oldCode : a.name();
    }
}
