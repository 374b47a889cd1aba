package org.ratingspipeline.report.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameRuleTest {

    @Test
    void stableLowerCaseDashedNamePasses() {
        assertEquals(List.of(), FileNameRule.check("ratings-report.xlsx"));
        assertEquals(List.of(), FileNameRule.check("/srv/reports/ratings-report.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ratings-Report.xlsx", "ratings report.xlsx", "ratings_report.xlsx",
            "ratings-report-2024.xlsx", "ratings-report-final.xlsx", "ratings-report-v2.xlsx",
            "ratings-report.xlsm", "a-very-long-file-name-about-local-authority-childrens-services-ratings.xlsx"})
    void badNamesAreReported(String name) {
        List<Violation> violations = FileNameRule.check(name);
        assertFalse(violations.isEmpty(), name);
        assertTrue(violations.stream().allMatch(v -> v.ruleId().equals("A10")
                && v.severity() == Severity.RECOMMENDED && v.sheet() == null));
    }
}
