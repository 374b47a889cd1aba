package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
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

    YearFigures(FinancialYear year, List<AuthorityYear> all) {
        this.all = List.copyOf(all);
        // One row per authority and year: the spend import rejects an authority's year given twice.
        this.byOldCode = all.stream().collect(Collectors.toMap(AuthorityYear::oldCode, Function.identity()));
    }

    Optional<AuthorityYear> of(String oldCode) {
        return Optional.ofNullable(byOldCode.get(oldCode));
    }

    List<BigDecimal> perChild() {
        return all.stream()
                .map(AuthorityYear::perChild)
                .flatMap(Optional::stream)
                .toList();
    }

    List<BigDecimal> overspend() {
        return all.stream()
                .map(AuthorityYear::overspend)
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<BigDecimal> englandPerChild() {
        return SpendPerChildTables.perChild(all);
    }

    Optional<BigDecimal> regionPerChild(Region region) {
        return SpendPerChildTables.perChild(in(region));
    }

    Optional<BigDecimal> englandOverspend() {
        return SpendSummary.of(all.stream().map(a -> a.line().money()).toList()).percentOfBudget();
    }

    Optional<BigDecimal> regionOverspend(Region region) {
        return SpendSummary.of(in(region).stream().map(a -> a.line().money()).toList())
                .percentOfBudget();
    }

    private List<AuthorityYear> in(Region region) {
        return all.stream()
                .filter(a -> a.line().region().code().equals(region.code()))
                .toList();
    }
}
