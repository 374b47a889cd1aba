package org.ratingspipeline.visits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.report.ReportRun;
import org.ratingspipeline.statistics.AuthorityJudgement;
import org.ratingspipeline.statistics.JudgementHistory;
import org.ratingspipeline.statistics.JudgementHistory.Judged;
import org.ratingspipeline.statistics.LatestJudgements;
import org.ratingspipeline.visits.VisitLedger.StoredVisit;
import org.springframework.stereotype.Component;

/**
 * The figures of the visits tables, worked out once from the run's visits and the judgements
 * counted as at its reporting date: visits by type, year and theme; the monitoring visits of each
 * inadequate spell; months since each authority's latest inspection; and Ofsted's headline
 * comparison of first and latest ILACS judgements.
 */
@Component
public class VisitFigures {

    /** The theme of a visit whose row names none. */
    public static final String NO_THEME = "Theme not given";
    public static final String ALL_THEMES = "All themes";

    /** The number of visits of one type in one theme (or all themes), by financial year (start year). */
    public record TypeTheme(VisitType type, String theme, Map<Integer, Long> byYear) {
        public long total() {
            return byYear.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * An inadequate overall judgement and the monitoring visits that followed it before the next inspection.
     *
     * @param next the authority's next inspection as at the reporting date, if any
     * @param months completed months from the judgement to the next inspection, or to the reporting date
     */
    public record Spell(AuthorityJudgement authority, Judged inadequate, Optional<Judged> next, long months,
                        List<StoredVisit> visits) {
    }

    /** How an authority's latest ILACS overall judgement compares with its first. */
    public enum Outcome {
        IMPROVED("Improved on the first ILACS judgement"),
        KEPT_GOOD("Stayed good or outstanding (the same grade)"),
        DECLINED("Declined from the first ILACS judgement"),
        STAYED_BELOW_GOOD("Stayed below good (the same grade)");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Outcome of(Grade first, Grade latest) {
            if (latest.number() < first.number()) {
                return IMPROVED;
            }
            if (latest.number() > first.number()) {
                return DECLINED;
            }
            return first.number() <= Grade.GOOD.number() ? KEPT_GOOD : STAYED_BELOW_GOOD;
        }
    }

    /**
     * @param counts authorities by outcome (every outcome present)
     * @param onLastOverall compared authorities whose latest ILACS inspection gave no overall grade (2026 arrangements)
     * @param notComparable authorities with more than one ILACS inspection but only one overall grade among them
     */
    public record Comparison(Map<Outcome, Long> counts, long onLastOverall, long notComparable) {
        public long compared() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public Optional<BigDecimal> share(Outcome outcome) {
            long total = compared();
            return total == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(counts.get(outcome) * 100)
                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
        }
    }

    /**
     * @param years the financial years (start year) the visits cover, in order
     * @param coveredFrom 1 April of the first of them
     * @param coveredTo 31 March after the last of them
     * @param inspectionRows the file's standard and short inspection rows, loaded but not counted here
     * @param afterReportingDate visits made after the reporting date, not counted
     * @param outsideSpells monitoring visits counted that fall in no inadequate spell
     */
    public record Figures(List<Integer> years, LocalDate coveredFrom, LocalDate coveredTo,
            List<TypeTheme> byTypeAndTheme,
                          List<Spell> spells, List<AuthorityJudgement> authorities, Comparison comparison,
                          long inspectionRows, long afterReportingDate, long outsideSpells) {
    }

    private final VisitLedger ledger;
    private final JudgementHistory history;
    private final LatestJudgements latest;

    public VisitFigures(VisitLedger ledger, JudgementHistory history, LatestJudgements latest) {
        this.ledger = ledger;
        this.history = history;
        this.latest = latest;
    }

    public boolean hasVisits(ReportRun run) {
        return ledger.hasVisits(run.runId());
    }

    public Figures of(ReportRun run) {
        List<StoredVisit> all = ledger.read(run.runId());
        long inspectionRows = all.stream().filter(v -> !v.type().visit()).count();
        List<StoredVisit> visits = all.stream().filter(v -> v.type().visit()).toList();
        List<StoredVisit> counted = visits.stream().filter(v -> !v.date().isAfter(run.asOf())).toList();
        TreeSet<Integer> years = new TreeSet<>(counted.stream().map(StoredVisit::financialYear).toList());
        LocalDate from = years.isEmpty() ? null : LocalDate.of(years.first(), 4, 1);
        LocalDate to = years.isEmpty() ? null : LocalDate.of(years.last() + 1, 3, 31);

        Map<String, List<Judged>> judgements = history.byAuthority(run);
        List<AuthorityJudgement> authorities = latest.read(run.runId(), run.asOf());
        Map<String, List<StoredVisit>> monitoring = monitoringByAuthority(counted);
        List<Spell> spells = new ArrayList<>();
        Set<StoredVisit> inSpells = new HashSet<>();
        for (AuthorityJudgement a : authorities) {
            List<Judged> js = judgements.getOrDefault(a.authority().oldCode(), List.of());
            addSpells(a, js, monitoring.getOrDefault(a.authority().oldCode(), List.of()), from, to, run.asOf(),
                    spells, inSpells);
        }
        long outside = monitoring.values().stream().flatMap(List::stream).filter(v -> !inSpells.contains(v)).count();
        return new Figures(List.copyOf(years), from, to, byTypeAndTheme(counted, years), spells, authorities,
                compare(authorities, judgements), inspectionRows, visits.size() - counted.size(), outside);
    }

    private static Map<String, List<StoredVisit>> monitoringByAuthority(List<StoredVisit> counted) {
        Map<String, List<StoredVisit>> monitoring = new HashMap<>();
        for (StoredVisit v : counted) {
            if (v.type() == VisitType.MONITORING_VISIT) {
                monitoring.computeIfAbsent(v.oldCode(), k -> new ArrayList<>()).add(v);
            }
        }
        return monitoring;
    }

    /**
     * Each inadequate spell of one authority that overlaps the visits' years, with its monitoring visits: from the
     * inadequate judgement to the next inspection, or to the reporting date.
     */
    private static void addSpells(AuthorityJudgement a, List<Judged> js, List<StoredVisit> monitoring, LocalDate from,
            LocalDate to, LocalDate asOf, List<Spell> spells, Set<StoredVisit> inSpells) {
        for (int i = 0; i < js.size(); i++) {
            Judged j = js.get(i);
            if (j.overall() != Grade.INADEQUATE) {
                continue;
            }
            Optional<Judged> next = nextInspection(js, i);
            LocalDate end = next.map(Judged::inspected).orElse(asOf);
            boolean overlaps = from != null && !end.isBefore(from) && !j.inspected().isAfter(to);
            if (!overlaps) {
                continue;
            }
            List<StoredVisit> during = monitoring.stream()
                    .filter(v -> v.date().isAfter(j.inspected())
                            && (next.isEmpty() ? !v.date().isAfter(end) : v.date().isBefore(end)))
                    .sorted(Comparator.comparing(StoredVisit::date)).toList();
            inSpells.addAll(during);
            spells.add(new Spell(a, j, next, ChronoUnit.MONTHS.between(j.inspected(), end), during));
        }
    }

    /**
     * The first judgement after the i-th with a later inspection date. A loop from i, not a stream that skips
     * to it: skipping walks the i judgements before, and an authority with thousands of judgements made the
     * spells' cost grow with their square (a generated file of a million rows: 0.75 s of the report step).
     */
    private static Optional<Judged> nextInspection(List<Judged> js, int i) {
        LocalDate inspected = js.get(i).inspected();
        for (int k = i + 1; k < js.size(); k++) {
            if (js.get(k).inspected().isAfter(inspected)) {
                return Optional.of(js.get(k));
            }
        }
        return Optional.empty();
    }

    private static List<TypeTheme> byTypeAndTheme(List<StoredVisit> visits, TreeSet<Integer> years) {
        List<TypeTheme> rows = new ArrayList<>();
        for (VisitType type : List.of(VisitType.MONITORING_VISIT, VisitType.FOCUSED_VISIT)) {
            List<StoredVisit> ofType = visits.stream().filter(v -> v.type() == type).toList();
            TreeMap<String, List<StoredVisit>> byTheme = new TreeMap<>();
            for (StoredVisit v : ofType) {
                byTheme.computeIfAbsent(v.theme() == null ? NO_THEME : v.theme(), k -> new ArrayList<>()).add(v);
            }
            byTheme.forEach((theme, list) -> rows.add(new TypeTheme(type, theme, byYear(list, years))));
            rows.add(new TypeTheme(type, ALL_THEMES, byYear(ofType, years)));
        }
        return rows;
    }

    private static Map<Integer, Long> byYear(List<StoredVisit> visits, TreeSet<Integer> years) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int y : years) {
            counts.put(y, visits.stream().filter(v -> v.financialYear() == y).count());
        }
        return counts;
    }

    /**
     * Ofsted's comparison: the authorities (in the register on the reporting date) with more than one
     * ILACS inspection, their latest overall grade against their first. An inspection under the 2026
     * arrangements gives no overall grade: the authority's last ILACS overall grade stands for its latest.
     */
    private static Comparison compare(List<AuthorityJudgement> authorities, Map<String, List<Judged>> judgements) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        long onLast = 0;
        long notComparable = 0;
        for (AuthorityJudgement a : authorities) {
            List<Judged> ilacs = judgements.getOrDefault(a.authority().oldCode(), List.of()).stream()
                    .filter(j -> j.framework() == Framework.ILACS).toList();
            if (ilacs.size() < 2) {
                continue;
            }
            List<Judged> graded = ilacs.stream().filter(j -> j.overall() != null).toList();
            if (graded.size() < 2) {
                notComparable++;
                continue;
            }
            if (ilacs.get(ilacs.size() - 1).overall() == null) {
                onLast++;
            }
            counts.merge(Outcome.of(graded.get(0).overall(), graded.get(graded.size() - 1).overall()), 1L, Long::sum);
        }
        return new Comparison(counts, onLast, notComparable);
    }
}
