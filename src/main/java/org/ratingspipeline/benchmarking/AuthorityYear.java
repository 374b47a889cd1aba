package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.ratingspipeline.finance.SpendLine;

/**
 * One authority's spend in one financial year beside its children: the ONS mid-year estimate of the
 * year the financial year starts in (2022 for 2022 to 2023), as DfE's own spend-per-child figures use.
 *
 * @param children   the estimate; empty where ONS gives none
 * @param perChild   outturn divided by children, in whole pounds (half up); empty without either
 * @param overspend  overspend as a percentage of budget, to one decimal place; empty where there is none
 */
public record AuthorityYear(
        SpendLine line, Optional<Long> children, Optional<BigDecimal> perChild, Optional<BigDecimal> overspend) {

    static AuthorityYear of(SpendLine line, ChildPopulation population) {
        Optional<Long> children = population
                .children(line.authority().oldCode(), line.year().startYear())
                .filter(c -> c > 0);
        Optional<BigDecimal> perChild =
                children.flatMap(c -> Optional.ofNullable(line.money().outturn())
                        .map(o -> o.divide(BigDecimal.valueOf(c), 0, RoundingMode.HALF_UP)));
        return new AuthorityYear(line, children, perChild, line.money().percent());
    }

    String oldCode() {
        return line.authority().oldCode();
    }
}
