package org.ratingspipeline.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ratingspipeline.report.Table;

class TextFitTest {

    @Test
    void everyExplicitLineOfAHeaderCounts() {
        assertThat(TextFit.lines("Share of authorities judged\n(%)\n[note 3]", 40, 12, true)).isEqualTo(3);
    }

    @Test
    void wordsWrapAtTheColumnWidthAndNeverOverfillALine() {
        String paragraph = "word ".repeat(100).strip();
        int lines = TextFit.lines(paragraph, 20, 12, false);
        // 100 words of 4 letters and a space: at most as many to a line as fit in 19 units
        assertThat(lines).isGreaterThanOrEqualTo((int) Math.ceil(100 * TextFit.width("word ", 12, false) / 19));
        assertThat(TextFit.lines(paragraph, 40, 12, false)).isLessThan(lines);
    }

    @Test
    void aWordWiderThanTheColumnIsBrokenOverLines() {
        String token = "a".repeat(90);
        assertThat(TextFit.lines(token, 31, 12, false))
                .isEqualTo((int) Math.ceil(TextFit.width(token, 12, false) / 30));
    }

    @Test
    void biggerAndBolderTextIsWider() {
        String title = "Table 1: Local authority children's services";
        assertThat(TextFit.width(title, 16, true)).isGreaterThan(TextFit.width(title, 12, true))
                .isGreaterThan(TextFit.width(title, 12, false) * 16 / 12);
    }

    @Test
    void rowsGrowWithLinesAndFontSize() {
        assertThat(TextFit.rowHeight(3, 12)).isGreaterThan(TextFit.rowHeight(2, 12))
                .isGreaterThanOrEqualTo(3 * 12 * 1.2f);
        assertThat(TextFit.rowHeight(1, 16)).isGreaterThan(TextFit.rowHeight(1, 12));
    }
}
