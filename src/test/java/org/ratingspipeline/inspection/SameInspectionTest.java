package org.ratingspipeline.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which row of which file counts when several files carry one inspection. */
class SameInspectionTest {

    private final List<String> overlaps = new ArrayList<>();
    private final SameInspection matcher =
            new SameInspection(o -> overlaps.add(o[0] + ":" + o[1] + "->" + o[2] + ":" + o[3]));

    private static SameInspection.Row row(int source, long line, String code, String framework, String inspected,
                                          String published, boolean held) {
        return new SameInspection.Row(source, line, code, framework, LocalDate.parse(inspected),
                published == null ? null : LocalDate.parse(published), held);
    }

    @Test
    void theFirstFileCountsAndALaterCopyDatedADayApartIsTheSameInspection() {
        matcher.accept(row(2, 10, "306", "ILACS", "2020-01-28", "2020-03-16", false));
        matcher.accept(row(1, 5, "306", "ILACS", "2020-01-27", "2020-03-16", false));
        matcher.finish();
        assertThat(overlaps).containsExactly("2:10->1:5");
    }

    @Test
    void inspectionsMonthsApartAreTwoInspectionsAndAnotherAuthorityIsNeverTheSame() {
        matcher.accept(row(1, 5, "306", "ILACS", "2020-01-27", "2020-03-16", false));
        matcher.accept(row(2, 10, "306", "ILACS", "2023-01-27", "2023-03-16", false));
        matcher.accept(row(2, 11, "307", "ILACS", "2020-01-27", "2020-03-16", false));
        matcher.finish();
        assertThat(overlaps).isEmpty();
    }

    @Test
    void aHeldRowGivesWayToAReadableRowOfALaterFileAndOfEitherFramework() {
        // A scrape's SIF-era report with no grades and no fieldwork date: its key date is its publication date.
        matcher.accept(row(1, 7, "926", "ILACS", "2015-10-20", "2015-10-20", true));
        matcher.accept(row(2, 3, "926", "SIF", "2015-10-19", "2015-10-19", false));
        matcher.finish();
        assertThat(overlaps).containsExactly("1:7->2:3");
    }

    @Test
    void aReadableRowNeverGivesWayToALaterFileNorToAnotherFramework() {
        matcher.accept(row(1, 2, "305", "ILACS", "2018-11-12", "2019-01-07", false));
        matcher.accept(row(2, 2, "305", "SIF", "2018-11-12", "2019-01-07", false));
        matcher.finish();
        assertThat(overlaps).isEmpty();
    }

    @Test
    void aHeldRowThatNoReadableRowMatchesStaysForRejection() {
        matcher.accept(row(1, 2, "882", "ILACS", "2019-07-15", "2019-08-27", true));
        matcher.accept(row(2, 4, "882", "ILACS", "2019-07-15", "2019-08-27", true));
        matcher.finish();
        assertThat(overlaps).isEmpty();
    }
}
