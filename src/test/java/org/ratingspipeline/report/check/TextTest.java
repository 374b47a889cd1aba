package org.ratingspipeline.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker reads a header's name whole, however many lines the writer broke it over. */
class TextTest {

    @Test
    void aNameBrokenOverLinesIsReadAsOneLineUpToItsUnitOrNoteMarkers() {
        assertThat(Text.name("Next inspection\ndate\n[note 3]")).isEqualTo("Next inspection date");
        assertThat(Text.name("Share of\nauthorities\njudged\n(%)\n[note 4]")).isEqualTo("Share of authorities judged");
        assertThat(Text.name("Quartile band of\nspend per\nchild (A lowest\nto D highest)"))
                .isEqualTo("Quartile band of spend per child (A lowest to D highest)");
        assertThat(Text.name("Local authority")).isEqualTo("Local authority");
        assertThat(Text.name("Theme [note 2]")).isEqualTo("Theme [note 2]");
    }

    @Test
    void aYearColumnIsKnownByItsWholeName() {
        assertThat(Text.isYearHeader("Financial\nyear")).isTrue();
        assertThat(Text.isYearHeader("Financial year\n(number)")).isFalse();
        assertThat(Text.isYearHeader("Local\nauthority")).isFalse();
    }
}
