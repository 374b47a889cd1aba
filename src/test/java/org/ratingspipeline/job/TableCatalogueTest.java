package org.ratingspipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ratingspipeline.job.TableCatalogue.Inputs;
import org.ratingspipeline.job.TableCatalogue.Listed;
import org.ratingspipeline.job.TableCatalogue.Row;
import org.ratingspipeline.profile.ProfilePart;
import org.ratingspipeline.report.ReportSection;

/**
 * The README's table of the workbook's tables, without a run: each row names the section whose public constant is its
 * key and SQL files that exist, and its conditions pick the tables of a run. The job tests compare it with real
 * workbooks ({@link TableCatalogue#assertListed}).
 */
class TableCatalogueTest {

    private static final Inputs NOTHING_OPTIONAL = new Inputs(false, false, List.of());
    private static final Inputs EVERYTHING = new Inputs(true, true, List.of("306", "305"));

    @Test
    void everyRowNamesTheSectionWhoseConstantIsItsKeyAndSqlFilesThatExist() throws Exception {
        List<Row> rows = TableCatalogue.readme();
        assertThat(rows).hasSizeGreaterThan(30);
        for (Row row : rows) {
            Class<?> section = Class.forName("org.ratingspipeline." + row.className());
            assertThat(ReportSection.class.isAssignableFrom(section) || ProfilePart.class.isAssignableFrom(section))
                    .as(row.className() + " is a report section or a profile part").isTrue();
            String key = row.profile() ? row.key().replace("profile_" + TableCatalogue.AUTHORITY + "_", "")
                    : row.key();
            assertThat(row.key().contains(TableCatalogue.AUTHORITY)).as(row.key()).isEqualTo(row.profile());
            assertThat(publicConstants(section)).as(row.className() + " has a public constant '" + key + "'")
                    .contains(key);
            assertThat(row.sql()).as(row.key() + " reads SQL").isNotEmpty();
            for (String sql : row.sql()) {
                assertThat(Path.of("src/main/resources/sql", sql)).as(row.key()).exists();
            }
        }
        assertThat(rows.stream().map(Row::key).distinct().count()).as("keys are unique").isEqualTo(rows.size());
    }

    /** The README's example: Table 15 is the spend national table with a spend file, the changes table without. */
    @Test
    void theConditionsPickTheTablesOfARun() throws Exception {
        List<Row> rows = TableCatalogue.readme();
        List<String> plain = keys(TableCatalogue.expected(rows, NOTHING_OPTIONAL));
        assertThat(plain.get(14)).isEqualTo("changes");
        assertThat(plain).last().isEqualTo("data_quality");
        assertThat(plain).noneMatch(k -> k.startsWith("spend") || k.startsWith("visits") || k.startsWith("profile"));
        assertThat(keys(TableCatalogue.expected(rows, new Inputs(true, false, List.of()))).get(14))
                .isEqualTo("spend_national");

        List<String> all = keys(TableCatalogue.expected(rows, EVERYTHING));
        int croydon = all.indexOf("profile_306_judgements");
        assertThat(all.subList(croydon, croydon + 6)).containsExactly("profile_306_judgements", "profile_306_visits",
                "profile_306_spend", "profile_305_judgements", "profile_305_visits", "profile_305_spend");
        assertThat(keys(TableCatalogue.expected(rows, new Inputs(false, true, List.of("306")))))
                .contains("profile_306_visits").doesNotContain("profile_306_spend");
    }

    @Test
    void aTableAddedRemovedOrMovedIsADifference() throws Exception {
        List<Listed> expected = TableCatalogue.expected(TableCatalogue.readme(), EVERYTHING);
        TableCatalogue.assertSame(expected, expected, true);

        List<Listed> moved = new ArrayList<>(expected);
        Collections.swap(moved, 14, 15);
        List<Listed> removed = new ArrayList<>(expected);
        removed.remove(3);
        List<Listed> added = new ArrayList<>(expected);
        added.add(7, new Listed("new_table", "A new table"));
        for (List<Listed> changed : List.of(moved, removed, added)) {
            assertThatThrownBy(() -> TableCatalogue.assertSame(changed, expected, false))
                    .isInstanceOf(AssertionError.class);
        }
        List<Listed> retitled = new ArrayList<>(expected);
        retitled.set(0, new Listed(expected.get(0).key(), "Another title"));
        assertThatThrownBy(() -> TableCatalogue.assertSame(retitled, expected, true))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aConditionOutsideTheVocabularyIsRefused() {
        List<String> lines = List.of("### The workbook's tables", "",
                "| key | title | class | SQL | step | present when |", "|---|---|---|---|---|---|",
                "| `a` | A | `x.Y` | `a.sql` | `writeReport` | with a spend file and a visits file |",
                "| `b` | B | `x.Y` | `b.sql` | `writeReport` | sometimes |");
        assertThatThrownBy(() -> TableCatalogue.parse(lines)).hasMessageContaining("sometimes");
        Row a = TableCatalogue.parse(lines.subList(0, 5)).get(0);
        assertThat(a.presentFor(new Inputs(true, false, List.of()))).isFalse();
        assertThat(a.presentFor(new Inputs(true, true, List.of()))).isTrue();
    }

    private static List<String> publicConstants(Class<?> type) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field f : Arrays.stream(type.getFields()).filter(f -> f.getType() == String.class).toList()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())) {
                values.add((String) f.get(null));
            }
        }
        return values;
    }

    private static List<String> keys(List<Listed> tables) {
        return tables.stream().map(Listed::key).toList();
    }
}
