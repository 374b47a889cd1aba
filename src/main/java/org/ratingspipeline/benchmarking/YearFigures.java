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
    // Every authority of the year is compared with the same figures, so each is worked out once: England's here,
    // a region's and the quartiles when first asked for.
    private final List<BigDecimal> perChild;
    private final List<BigDecimal> overspend;
    private final Optional<BigDecimal> englandPerChild;
    private final Optional<BigDecimal> englandOverspend;
    private final Map<String, Optional<BigDecimal>> regionPerChild = new HashMap<>();
    private final Map<String, Optional<BigDecimal>> regionOverspend = new HashMap<>();
    private Benchmark.Quartiles perChildQuartiles;
    private Benchmark.Quartiles overspendQuartiles;

    YearFigures(FinancialYear year, List<AuthorityYear> all) {
        this.all = List.copyOf(all);
        // One row per authority and year: the spend import rejects an authority's year given twice.
        this.byOldCode = all.stream().collect(Collectors.toMap(AuthorityYear::oldCode, Function.identity()));
        this.perChild = this.all.stream().map(AuthorityYear::perChild).flatMap(Optional::stream).toList();
        this.overspend = this.all.stream().map(AuthorityYear::overspend).flatMap(Optional::stream).toList();
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

    /** The quartiles of {@link #perChild}, which must hold a value. */
    Benchmark.Quartiles perChildQuartiles() {
        if (perChildQuartiles == null) {
            perChildQuartiles = Benchmark.Quartiles.of(perChild);
        }
        return perChildQuartiles;
    }

    /** The quartiles of {@link #overspend}, which must hold a value. */
    Benchmark.Quartiles overspendQuartiles() {
        if (overspendQuartiles == null) {
            overspendQuartiles = Benchmark.Quartiles.of(overspend);
        }
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

    private static Optional<BigDecimal> overspendOf(List<AuthorityYear> authorities) {
        return SpendSummary.of(authorities.stream().map(a -> a.line().money()).toList()).percentOfBudget();
    }

    private List<AuthorityYear> in(Region region) {
        return all.stream()
                .filter(a -> a.line().region().code().equals(region.code()))
                .toList();
    }
}
