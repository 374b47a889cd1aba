package org.ratingspipeline.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.finance.FinancialYear;
import org.ratingspipeline.inspection.Framework;
import org.ratingspipeline.inspection.Grade;
import org.ratingspipeline.statistics.JudgementHistory.Judged;

/** The judgement in force at a financial year's start and those published during it, in words. */
class JudgementsInForceTest {

    private static final FinancialYear YEAR_2023 = new FinancialYear(2023);

    @Test
    void theJudgementInForceAtTheStartIsTheLastCarriedOutAndPublishedByThen() {
        List<Judged> js = List.of(
                judged(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 6, 20), Grade.INADEQUATE),
                judged(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 3, 24), Grade.GOOD),
                // Carried out before 1 April 2023 but published after it: not yet in force.
                judged(LocalDate.of(2023, 3, 20), LocalDate.of(2023, 5, 2), Grade.OUTSTANDING));

        assertThat(JudgementsInForce.atStart(js, YEAR_2023)).isEqualTo("Good");
        assertThat(JudgementsInForce.during(js, YEAR_2023))
                .isEqualTo("Outstanding (inspected 20 March 2023, published 2 May 2023)");
        assertThat(JudgementsInForce.during(js, new FinancialYear(2021))).isEqualTo("None");
        assertThat(JudgementsInForce.atStart(js, new FinancialYear(2018)))
                .isEqualTo("No judgement published by 1 April 2018");
    }

    /** A store of generated or repeated rows can publish hundreds in a year; Excel holds 32,767 characters a cell. */
    @Test
    void aYearOfHundredsOfJudgementsListsTheFirstTenAndCountsTheRest() {
        List<Judged> js = new ArrayList<>();
        LocalDate day = LocalDate.of(2023, 4, 3);
        for (int i = 0; i < 650; i++) {
            js.add(judged(day.minusDays(40), day, Grade.REQUIRES_IMPROVEMENT));
            day = day.plusDays(i % 2);
        }
        String during = JudgementsInForce.during(js, YEAR_2023);

        assertThat(during.split("; ")).hasSize(JudgementsInForce.LISTED + 1);
        assertThat(during).startsWith("Requires improvement to be good (inspected 22 February 2023, published 3 April"
                + " 2023); ").endsWith("; and 640 more published later in the year");
        assertThat(during.length()).isLessThan(1_000);
    }

    private static Judged judged(LocalDate inspected, LocalDate published, Grade overall) {
        return new Judged("306", Framework.ILACS, inspected, published, overall.number());
    }
}
