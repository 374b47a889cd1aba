package org.ratingspipeline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.authority.AuthorityRegister;
import org.ratingspipeline.source.CheckedRow;
import org.ratingspipeline.source.HeaderMap;
import org.ratingspipeline.source.Problem;
import org.ratingspipeline.source.SourceRow;

/** One row at a time against the real register: what is accepted, held until another file confirms it, or rejected. */
class InspectionRowCheckerTest {

    private static final String[] HEADER = {"la_code", "la_name", "framework", "inspection_date", "publication_date",
        "overall_effectiveness", "impact_of_leaders", "care_leavers"};

    private final InspectionRowChecker checker = new InspectionRowChecker(new AuthorityRegister(),
            DatePlausibility.of(LocalDate.of(2000, 1, 1), 10, LocalDate.of(2026, 12, 1)));

    private CheckedRow<Inspection> check(String... values) {
        return checker.process(new SourceRow<>(2, values, HeaderMap.match(HEADER, InspectionField.class)));
    }

    private static List<String> reasons(CheckedRow<Inspection> row) {
        List<Problem> problems = row instanceof CheckedRow.Rejected<Inspection> r ? r.problems()
                : ((CheckedRow.Held<Inspection>) row).problems();
        return problems.stream().map(Problem::reason).toList();
    }

    @Test
    void fromApril2026AnInspectionWithoutAnOverallGradeIsLoadedWithItsOtherJudgements() {
        for (String none : List.of("", "NaN", "not_reported_post_reform")) {
            CheckedRow<Inspection> row = check("304", "Brent", "ILACS", "2026-04-27", "2026-06-17", none, "Good",
                    "Good");
            assertThat(row).as(none).isInstanceOf(CheckedRow.Accepted.class);
            Inspection in = ((CheckedRow.Accepted<Inspection>) row).value();
            assertThat(in.grades()).doesNotContainKey(JudgementArea.OVERALL)
                    .containsEntry(JudgementArea.IMPACT_OF_LEADERS, Grade.GOOD);
        }
    }

    @Test
    void beforeApril2026AMissingOrUnreadableOverallGradeHoldsTheRowForAnotherFileToConfirm() {
        assertThat(reasons(check("304", "Brent", "ILACS", "2026-03-31", "2026-05-17", "", "Good", "Good")))
                .containsExactly("the overall effectiveness grade is missing");
        CheckedRow<Inspection> nan = check("882", "Southend-on-Sea", "ILACS", "2019-07-15", "2019-08-27", "NaN", "Good",
                "");
        assertThat(nan).isInstanceOf(CheckedRow.Held.class);
        assertThat(reasons(nan)).singleElement().asString().startsWith("'NaN' is not a grade");
    }

    @Test
    void beforeTheCareLeaversJudgementOf2023AnEmptyCareLeaversCellIsNotApplicable() {
        Inspection in = ((CheckedRow.Accepted<Inspection>) check("306", "Croydon", "ILACS", "2020-01-27", "2020-03-16",
                "Good", "Good", "")).value();
        assertThat(in.notApplicable()).containsExactly(JudgementArea.CARE_LEAVERS);
    }

    @Test
    void datesThatParseButCannotBeTrueRejectTheRowWithTheValueAsWritten() {
        assertThat(reasons(check("306", "Croydon", "ILACS", "9999-01-27", "9999-03-16", "Good", "Good", "")))
                .anySatisfy(r -> assertThat(r).startsWith("the date 9999-01-27 is outside the plausible range "
                + "2000-01-01 to 2036-12-01"));
        assertThat(reasons(check("306", "Croydon", "ILACS", "2020-03-16", "2020-01-27", "Good", "Good", "")))
                .containsExactly("the report is published (2020-01-27) before the inspection began (2020-03-16)");
        assertThat(reasons(check("306", "Croydon", "SIF", "2023-01-27", "2023-03-16", "Good", "", "")))
                .containsExactly("a SIF inspection cannot start on 2023-01-27: SIF inspections ended in 2018");
        assertThat(reasons(check("306", "Croydon", "ILACS", "2017-01-27", "2017-03-16", "Good", "Good", "")))
                .containsExactly("an ILACS inspection cannot start on 2017-01-27: ILACS inspections began in January "
                + "2018");
    }

    @Test
    void judgementsOfFrameworksBeforeNovember2013AreNotCounted() {
        assertThat(reasons(check("306", "Croydon", "", "", "2012-08-17", "Good", "", "")))
                .containsExactly("an inspection before the single inspection framework (November 2013): earlier "
                        + "frameworks' grades are not comparable and are not counted");
    }

    @Test
    void twoDigitYearsOfTheScrapesAreThisCentury() {
        assertThat(FlexibleDate.parse("09/05/25")).contains(LocalDate.of(2025, 5, 9));
        assertThat(FlexibleDate.parse("9/5/025")).isEmpty();
    }
}
