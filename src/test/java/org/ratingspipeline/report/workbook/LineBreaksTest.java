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

    @Test
    void aHeaderWhoseNameFitsIsWrittenAsItIs() {
        String header = "Monitoring visits\n(number)\n[note 3]";
        assertThat(LineBreaks.header(header, TextFit.width("Monitoring visits", 12, true), 12)).isEqualTo(header);
        assertThat(LineBreaks.header("Framework", 100, 12)).isEqualTo("Framework");
    }

    @Test
    void aLongNameIsBrokenIntoLinesWithinTheRoomAndTheUnitAndMarkersKeepTheirLines() {
        String name = "Months to next inspection or reporting date";
        String rest = "\n(number of months, rounded down)\n[note 3]";
        for (double room = 6; room < 40; room += 0.5) {
            String written = LineBreaks.header(name + rest, room, 12);
            assertThat(written).endsWith(rest);
            List<String> lines = List.of(written.substring(0, written.length() - rest.length()).split("\n"));
            assertThat(String.join(" ", lines)).isEqualTo(name);
            double within = room;
            // a word wider than the room has a line of its own; every other line keeps within the room
            assertThat(lines).allSatisfy(line -> assertThat(!line.contains(" ")
                    || TextFit.width(line, 12, true) <= within).as(line + " within " + within).isTrue());
            for (int i = 0; i + 1 < lines.size(); i++) {
                String joined = lines.get(i) + " " + lines.get(i + 1).split(" ")[0];
                assertThat(TextFit.width(joined, 12, true)).as("as few lines as fit").isGreaterThan(room);
            }
        }
        assertThat(LineBreaks.header(name + rest, 16, 12).split("\n")).hasSizeGreaterThan(4);
    }

    @Test
    void noLineOfANameStartsWithABracketSoNoneCanBeReadAsTheUnit() {
        String band = "Quartile band of spend per child (A lowest to D highest)";
        for (double room = 4; room < 40; room += 0.5) {
            String written = LineBreaks.header(band, room, 12);
            assertThat(written.split("\n")).as("at " + room).noneMatch(line -> line.startsWith("("));
            assertThat(written.replace('\n', ' ')).isEqualTo(band);
        }
        assertThat(LineBreaks.header(band, 12, 12)).contains("child (A");
    }
}
