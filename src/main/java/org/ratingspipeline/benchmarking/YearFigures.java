package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ratingspipeline.authority.Region;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.finance.SpendSummary;

/** One financial year's authorities and the figures every authority of the year is compared with. */
final class YearFigures {

    private final List<AuthorityYear> all;
    private final Map<String, AuthorityYear> byOldCode;
    // Every authority of the year is compared with the same figures, so each is worked out once: England's and the
    // quartiles here, a region's when first asked for.
    private final List<BigDecimal> perChild;
    private final List<BigDecimal> overspend;
    private final Optional<Benchmark.Quartiles> perChildQuartiles;
    private final Optional<Benchmark.Quartiles> overspendQuartiles;
    private final Optional<BigDecimal> englandPerChild;
    private final Optional<BigDecimal> englandOverspend;
    private final Map<String, Optional<BigDecimal>> regionPerChild = new HashMap<>();
    private final Map<String, Optional<BigDecimal>> regionOverspend = new HashMap<>();

    YearFigures(FinancialYear year, List<AuthorityYear> all) {
        this.all = List.copyOf(all);
        // One row per authority and year: the spend import rejects an authority's year given twice.
        this.byOldCode = all.stream().collect(Collectors.toMap(AuthorityYear::oldCode, Function.identity()));
        this.perChild = this.all.stream().map(AuthorityYear::perChild).flatMap(Optional::stream).toList();
        this.overspend = this.all.stream().map(AuthorityYear::overspend).flatMap(Optional::stream).toList();
        this.perChildQuartiles = quartiles(perChild);
        this.overspendQuartiles = quartiles(overspend);
        this.englandPerChild = SpendPerChildTables.perChild(this.all);
        this.englandOverspend = overspendOf(this.all);
    }

    Optional<AuthorityYear> of(String oldCode) {
        return Optional.ofNullable(byOldCode.get(oldCode));
    }

    List<BigDecimal> perChild() {
        return perChild;
    }

    List<BigDecimal> overspend() {
        return overspend;
    }

    /** The quartiles of {@link #perChild}; none in a year without a value. */
    Optional<Benchmark.Quartiles> perChildQuartiles() {
        return perChildQuartiles;
    }

    /** The quartiles of {@link #overspend}; none in a year without a value. */
    Optional<Benchmark.Quartiles> overspendQuartiles() {
        return overspendQuartiles;
    }

    Optional<BigDecimal> englandPerChild() {
        return englandPerChild;
    }

    Optional<BigDecimal> regionPerChild(Region region) {
        return regionPerChild.computeIfAbsent(region.code(), code -> SpendPerChildTables.perChild(in(region)));
    }

    Optional<BigDecimal> englandOverspend() {
        return englandOverspend;
    }

    Optional<BigDecimal> regionOverspend(Region region) {
        return regionOverspend.computeIfAbsent(region.code(), code -> overspendOf(in(region)));
    }

    private static Optional<Benchmark.Quartiles> quartiles(List<BigDecimal> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(Benchmark.Quartiles.of(values));
    }

    private static Optional<BigDecimal> overspendOf(List<AuthorityYear> authorities) {
        return SpendSummary.of(authorities.stream().map(a -> a.line().money()).toList()).percentOfBudget();
    }

    private List<AuthorityYear> in(Region region) {
        return all.stream()
                .filter(a -> a.line().region().code().equals(region.code()))
                .toList();
    }
}
