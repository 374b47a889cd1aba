package org.ratingspipeline.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ranks, quartiles and bands against values R gives ({@code quantile}, {@code rank(-x, ties.method = "min")}). */
class BenchmarkTest {

    private static List<BigDecimal> of(double... values) {
        return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void quartilesInterpolateAsRsDefaultQuantile() {
        // quantile(c(1, 2, 3, 4)) = 1, 1.75, 2.5, 3.25, 4
        List<BigDecimal> four = of(4, 1, 3, 2);
        assertThat(Benchmark.quantile(four, 0.25)).isEqualByComparingTo("1.75");
        assertThat(Benchmark.quantile(four, 0.5)).isEqualByComparingTo("2.5");
        assertThat(Benchmark.quantile(four, 0.75)).isEqualByComparingTo("3.25");
        assertThat(Benchmark.median(four, 0))
                .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("3"));
        // worked out once for a year's authorities: the same three, whatever order the values come in
        Benchmark.Quartiles once = Benchmark.Quartiles.of(four);
        assertThat(once.lower()).isEqualByComparingTo("1.75");
        assertThat(once.median()).isEqualByComparingTo("2.5");
        assertThat(once.upper()).isEqualByComparingTo("3.25");
        assertThat(Stream.of(1.75, 2.0, 2.5, 3.0, 3.25, 3.5).map(v -> once.band(BigDecimal.valueOf(v))))
                .containsExactly("A", "B", "B", "C", "C", "D");
    }

    @Test
    void tiesShareTheBestRankAndTheNextRankSkips() {
        // rank(-c(10, 20, 20, 30, 5), ties.method = "min") = 4, 2, 2, 1, 5
        List<BigDecimal> all = of(10, 20, 20, 30, 5);
        assertThat(Stream.of(10, 20, 20, 30, 5).map(v -> Benchmark.rankHighestFirst(BigDecimal.valueOf(v), all)))
                .containsExactly(4, 2, 2, 1, 5);
    }

    @Test
    void aValueOnAQuartileFallsInTheLowerBand() {
        // quantile(c(1, 2, 2, 3, 10)) = 1, 2, 2, 3, 10: 2 is both the lower quartile and the median
        Benchmark.Quartiles quartiles = Benchmark.Quartiles.of(of(1, 2, 2, 3, 10));
        assertThat(Stream.of(1, 2, 3, 10).map(v -> quartiles.band(BigDecimal.valueOf(v))))
                .containsExactly("A", "A", "C", "D");
        assertThat(quartiles.band(BigDecimal.valueOf(2.5))).isEqualTo("C");
    }
}
