package org.ratingspipeline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one row a section writes when it has nothing to list, placed by column name. */
class TableContentTest {

    // the reconciliation table's columns, as SpendTables lists them: text, then figures, the line last
    private static final List<Column> COLUMNS = List.of(Column.text("Reason").withNotes("[note 21]"),
            Column.text("Input file"), Column.text("Financial year"), Column.code("Old LA code"),
            Column.text("Local authority"), Column.text("Detail"), Column.pounds("Budget", "£"),
            Column.pounds("Overspend", "£"), Column.decimal("Overspend", "% of budget"),
            Column.plain("Line", "number"));

    @Test
    void theWordsGoUnderTheColumnsTheyNameAndTheShorthandEverywhereElse() {
        assertThat(TableContent.sayingRow(COLUMNS, Shorthand.NOT_APPLICABLE,
                Map.of("Detail", "No spend row was left out of the join.", "Reason", "Every spend row is joined")))
                .containsExactly("Every spend row is joined", Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE,
                        Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE, "No spend row was left out of the join.",
                        Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE,
                        Shorthand.NOT_APPLICABLE);
        assertThat(TableContent.sayingRow(COLUMNS, Shorthand.NOT_AVAILABLE, Map.of("Line", 0)))
                .hasSize(COLUMNS.size()).endsWith(0).startsWith(Shorthand.NOT_AVAILABLE);
    }

    @Test
    void aNameThatIsNoColumnsOrTwoColumnsIsAnError() {
        assertThatThrownBy(() -> TableContent.sayingRow(COLUMNS, Shorthand.NOT_APPLICABLE,
                Map.of("Details", "No spend row was left out of the join.")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[Details]");
        assertThatThrownBy(() -> TableContent.sayingRow(COLUMNS, Shorthand.NOT_APPLICABLE, Map.of("Overspend", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Overspend\" names more than one");
    }

    @Test
    void textAfterAFigureIsRefusedAndTextAfterADateIsNot() {
        List<Column> bandAfterCount = List.of(Column.text("Local authority"),
                Column.count("Authorities ranked by spend per child", "number"),
                Column.text("Quartile band of spend per child (A lowest to D highest)"));
        assertThatThrownBy(() -> new TableContent("ranks", "Ranks", List.of("Source: a test."), bandAfterCount,
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ranks: text column \"Quartile band of spend per child (A lowest to D highest)\" follows "
                        + "the figures of \"Authorities ranked by spend per child\"; put text before figures");
        assertThatThrownBy(() -> new TableContent("lines", "Lines", List.of("Source: a test."),
                List.of(Column.plain("Line", "number"), Column.code("Old LA code")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"Old LA code\" follows");
        assertThat(new TableContent("dates", "Dates", List.of("Source: a test."), List.of(Column.text("Area"),
                Column.date("As at"), Column.text("Judgement"), Column.count("Authorities", "number"),
                Column.date("Published")), List.of()).columns()).hasSize(5);
    }

    @Test
    void aTableWithNoRowsSaysSoInItsFirstTextColumn() {
        Table table = new TableContent("spend_reconciliation", "Spend rows not joined", List.of("Source: a test."),
                COLUMNS.subList(3, COLUMNS.size()), List.of()).numbered(19, 0);
        assertThat(table.rows()).containsExactly(List.of(Shorthand.NOT_APPLICABLE, TableContent.NONE,
                Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE, Shorthand.NOT_APPLICABLE,
                Shorthand.NOT_APPLICABLE));
    }
}
