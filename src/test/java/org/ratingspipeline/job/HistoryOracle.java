package org.ratingspipeline.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The trend and journey figures worked out the plain way from a history fixture, apart from the
 * production SQL and code: the file is read line by line, each authority's judgements sorted by
 * inspection date, and everything counted with loops, by Ofsted's rule (latest inspection carried
 * out by the date whose report was published by the cut-off; a 31 March's cut-off is 30 June). Only for fixtures of the
 * history.csv layout
 * (code, ONS code, name, region code, framework, inspection date, publication date, overall grade;
 * no quoted commas, every row valid).
 */
final class HistoryOracle {

    /** What the oracle needs from the register: when a fixture authority stopped existing (inclusive). */
    private static final Map<String, LocalDate> ABOLISHED = Map.of("928", LocalDate.of(2021, 3, 31));

    static final List<String> GRADES = List.of("Outstanding", "Good", "Requires improvement to be good", "Inadequate");
    static final List<String> REGIONS = List.of("E12000001", "E12000002", "E12000003", "E12000004", "E12000005",
            "E12000006", "E12000007", "E12000008", "E12000009");

    record Judgement(String code, String name, String region, String framework, LocalDate inspected,
            LocalDate published,
                     String grade) {
    }

    /** One area on one date: authorities by grade, the frameworks of the judgements counted, and how many each. */
    record Tally(Map<String, Integer> byGrade, TreeSet<String> frameworks,
            Map<String, Map<String, Integer>> byFramework) {

        /** Authorities of the grade (or good or outstanding) whose latest judgement the framework made. */
        int count(String grade, String framework) {
            Map<String, Integer> counts = byFramework.getOrDefault(framework, Map.of());
            return grade.equals("Good or outstanding") ? counts.getOrDefault("Outstanding", 0)
                    + counts.getOrDefault("Good", 0)
                    : counts.getOrDefault(grade, 0);
        }

        int judged() {
            return byGrade.values().stream().mapToInt(Integer::intValue).sum();
        }

        int count(String grade) {
            return grade.equals("Good or outstanding") ? count("Outstanding") + count("Good")
                    : byGrade.getOrDefault(grade, 0);
        }
    }

    private final Map<String, List<Judgement>> byAuthority = new TreeMap<>();

    HistoryOracle(Path file, LocalDate reportingDate) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            LocalDate inspected = LocalDate.parse(f[5]);
            LocalDate published = LocalDate.parse(f[6]);
            if (inspected.isAfter(reportingDate) || published.isAfter(reportingDate)) {
                continue;
            }
            String grade = f[7].equals("Requires improvement") ? "Requires improvement to be good" : f[7];
            byAuthority.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new Judgement(f[0], f[2], f[3], f[4], inspected, published, grade));
        }
        byAuthority.values().forEach(list -> list.sort(Comparator.comparing(Judgement::inspected)));
        this.reportingDate = reportingDate;
    }

    private final LocalDate reportingDate;

    LocalDate firstInspected() {
        return byAuthority.values().stream().map(l -> l.get(0).inspected()).min(Comparator.naturalOrder())
                .orElseThrow();
    }

    /**
     * The publication cut-off of a trend date: 30 June for a 31 March before the reporting date, else the reporting
     * date.
     */
    LocalDate cutOff(LocalDate date) {
        LocalDate june = LocalDate.of(date.getYear(), 6, 30);
        return date.getMonthValue() == 3 && date.getDayOfMonth() == 31 && june.isBefore(reportingDate) ? june
                : reportingDate;
    }

    /** 31 March from the first year with a judgement carried out by then, then the reporting date if different. */
    List<LocalDate> asAtDates(LocalDate reportingDate) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate first = firstInspected();
        for (int year = first.getYear(); year <= reportingDate.getYear(); year++) {
            LocalDate d = LocalDate.of(year, 3, 31);
            if (!d.isBefore(first) && !d.isAfter(reportingDate)) {
                dates.add(d);
            }
        }
        if (!dates.contains(reportingDate)) {
            dates.add(reportingDate);
        }
        return dates;
    }

    /** Each existing authority's latest judgement carried out by the date and published by its cut-off. */
    List<Judgement> latest(LocalDate date) {
        LocalDate cutOff = cutOff(date);
        List<Judgement> latest = new ArrayList<>();
        byAuthority.forEach((code, list) -> {
            if (ABOLISHED.containsKey(code) && ABOLISHED.get(code).isBefore(date)) {
                return;
            }
            Judgement last = null;
            for (Judgement j : list) {
                if (!j.inspected().isAfter(date) && !j.published().isAfter(cutOff)) {
                    last = j;
                }
            }
            if (last != null) {
                latest.add(last);
            }
        });
        return latest;
    }

    /** @param region a region code, or null for England */
    Tally tally(LocalDate date, String region) {
        Map<String, Integer> byGrade = new HashMap<>();
        TreeSet<String> frameworks = new TreeSet<>(Comparator.comparing(f -> f.equals("SIF") ? 0 : 1));
        Map<String, Map<String, Integer>> byFramework = new HashMap<>();
        for (Judgement j : latest(date)) {
            if (region == null || region.equals(j.region())) {
                byGrade.merge(j.grade(), 1, Integer::sum);
                frameworks.add(j.framework());
                byFramework.computeIfAbsent(j.framework(), k -> new HashMap<>()).merge(j.grade(), 1, Integer::sum);
            }
        }
        return new Tally(byGrade, frameworks, byFramework);
    }

    static String share(int count, int judged) {
        return judged == 0 ? "[z]"
                : BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(judged), 1,
                        RoundingMode.HALF_UP).toPlainString();
    }

    /** Pairs of consecutive judgements: "SIF to ILACS" -> from grade -> to grade -> count. */
    Map<String, Map<String, Map<String, Integer>>> transitions() {
        Map<String, Map<String, Map<String, Integer>>> pairs = new LinkedHashMap<>();
        for (List<Judgement> list : byAuthority.values()) {
            for (int i = 1; i < list.size(); i++) {
                Judgement a = list.get(i - 1);
                Judgement b = list.get(i);
                pairs.computeIfAbsent(a.framework() + " to " + b.framework(), k -> new HashMap<>())
                        .computeIfAbsent(a.grade(), k -> new HashMap<>()).merge(b.grade(), 1, Integer::sum);
            }
        }
        return pairs;
    }

    /** An inadequate judgement with what followed and the spell it belongs to. */
    record Inadequate(Judgement judgement, Optional<Judgement> previous, Optional<Judgement> next, LocalDate since,
            String monthsToLeave) {
    }

    List<Inadequate> inadequate() {
        List<Inadequate> out = new ArrayList<>();
        for (List<Judgement> list : byAuthority.values()) {
            LocalDate since = null;
            for (int i = 0; i < list.size(); i++) {
                Judgement j = list.get(i);
                if (!j.grade().equals("Inadequate")) {
                    since = null;
                    continue;
                }
                if (since == null) {
                    since = j.published();
                }
                Optional<Judgement> next = i + 1 < list.size() ? Optional.of(list.get(i + 1)) : Optional.empty();
                String leave = next.isEmpty() ? "[x]" : next.get().grade().equals("Inadequate") ? "[z]"
                        : String.valueOf(ChronoUnit.MONTHS.between(since, next.get().published()));
                Optional<Judgement> previous = i > 0 ? Optional.of(list.get(i - 1)) : Optional.empty();
                out.add(new Inadequate(j, previous, next, since, leave));
            }
        }
        return out;
    }

    /** The median months to leave inadequate over spells that ended, one decimal place. */
    String medianMonthsToLeave() {
        List<Long> months = inadequate().stream().filter(i -> i.monthsToLeave().matches("\\d+"))
                .map(i -> Long.parseLong(i.monthsToLeave())).sorted().toList();
        if (months.isEmpty()) {
            return "[z]";
        }
        int n = months.size();
        double median = n % 2 == 1 ? months.get(n / 2) : (months.get(n / 2 - 1) + months.get(n / 2)) / 2.0;
        return String.format("%.1f", median);
    }

    static long months(LocalDate from, LocalDate to) {
        return ChronoUnit.MONTHS.between(from, to);
    }
}
