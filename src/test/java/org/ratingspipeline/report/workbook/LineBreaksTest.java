package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

    private static final String LONG = "One row per outcome and one for all authorities compared, each with the number "
            + "of authorities whose latest judgement improved on their first, stayed the same or declined from it, "
            + "and the share of those compared that each is, rounded to one decimal place [note 3, 4] so that the "
            + "shares may not add up to exactly one hundred.";

    @Test
    void aLineThatReachesNoFurtherThanTheRoomIsKeptWhole() {
        String line = "Source: a test.";
        assertThat(LineBreaks.within(line, TextFit.width(line, 12, false) + 1, 12)).containsExactly(line);
        assertThat(LineBreaks.within(LONG, 1000, 12)).containsExactly(LONG);
    }

    @Test
    void aLongerLineTakesAsFewRowsAsKeepEachWithinTheRoomAndReadsTheSameJoined() {
        for (double room = 40; room < 200; room += 7) {
            List<String> rows = LineBreaks.within(LONG, room, 12);
            assertThat(String.join(" ", rows)).isEqualTo(LONG);
            for (int i = 0; i < rows.size(); i++) {
                // the renderer leaves a unit beside the text: that is part of how far it reaches
                assertThat(TextFit.width(rows.get(i), 12, false) + 1).isLessThanOrEqualTo(room);
                if (i + 1 < rows.size()) {
                    String next = rows.get(i + 1);
                    String nextWord = next.startsWith("[") ? next.substring(0, next.indexOf(']') + 1)
                            : next.split(" ")[0];
                    assertThat(TextFit.width(rows.get(i) + " " + nextWord, 12, false) + 1).isGreaterThan(room);
                }
            }
        }
        assertThat(LineBreaks.within(LONG, 60, 12)).hasSizeGreaterThan(3);
    }

    @Test
    void aNoteMarkerIsNeverBrokenOverTwoRows() {
        for (double room = 20; room < 200; room += 1) {
            assertThat(LineBreaks.within(LONG, room, 12)).noneMatch(row -> row.endsWith("[note 3,"))
                    .anyMatch(row -> row.contains("[note 3, 4]"));
        }
    }

    @Test
    void aWordWiderThanTheRoomHasARowOfItsOwn() {
        String url = "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after";
        assertThat(LineBreaks.within("Source: " + url + " and more.", 30, 12))
                .containsExactly("Source:", url, "and more.");
    }

    @Test
    void biggerTextTakesMoreRows() {
        assertThat(LineBreaks.within(LONG, 80, 16).size()).isGreaterThan(LineBreaks.within(LONG, 80, 12).size());
    }
}
