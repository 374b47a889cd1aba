package org.ratingspipeline.benchmarking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Ranks, quartile bands and medians as DfE's local authority interactive tool (LAIT) computes
 * them: ranks with ties sharing the best rank (R's {@code rank(ties.method = "min")}), here 1 =
 * highest (LAIT's order for an indicator of polarity "High"); quartiles by linear interpolation (R's
 * default {@code quantile}, type 7) over every authority with a value; band A for a value at or below
 * the lower quartile, B at or below the median, C at or below the upper quartile, D above it, so A
 * always holds the lowest values whatever the polarity. All of it on the figures as the table shows
 * them (rounded), so a reader can check every rank and band from the column.
 */
public final class Benchmark {

    private Benchmark() {}

    /** 1 + the number of values strictly higher: equal values share a rank, and the next rank skips. */
    public static int rankHighestFirst(BigDecimal value, Collection<BigDecimal> all) {
        return 1 + (int) all.stream().filter(v -> v.compareTo(value) > 0).count();
    }

    /** The quantile at probability p (0 to 1) of the values, by linear interpolation between order statistics. */
    public static BigDecimal quantile(List<BigDecimal> values, double p) {
        return quantileOfSorted(values.stream().sorted().toList(), p);
    }

    private static BigDecimal quantileOfSorted(List<BigDecimal> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.size() - 1);
        BigDecimal fraction = BigDecimal.valueOf(h - low);
        return sorted.get(low).add(sorted.get(high).subtract(sorted.get(low)).multiply(fraction));
    }

    /**
     * The quartiles of some values (at least one), worked out once: a year's figures band every authority of the
     * year, and sorting them again for each of 150 authorities made the spend tables cost the square of the year.
     */
    public record Quartiles(BigDecimal lower, BigDecimal median, BigDecimal upper) {

        public static Quartiles of(List<BigDecimal> values) {
            List<BigDecimal> sorted = values.stream().sorted().toList();
            return new Quartiles(quantileOfSorted(sorted, 0.25), quantileOfSorted(sorted, 0.5),
                    quantileOfSorted(sorted, 0.75));
        }

        /** A at or below the lower quartile, B at or below the median, C at or below the upper quartile, D above. */
        public String band(BigDecimal value) {
            if (value.compareTo(lower) <= 0) {
                return "A";
            }
            if (value.compareTo(median) <= 0) {
                return "B";
            }
            return value.compareTo(upper) <= 0 ? "C" : "D";
        }
    }

    /** The median rounded half up to the scale given (0: whole pounds; 1: a percentage to one decimal place). */
    public static Optional<BigDecimal> median(List<BigDecimal> values, int scale) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(quantile(values, 0.5).setScale(scale, RoundingMode.HALF_UP));
    }
}
