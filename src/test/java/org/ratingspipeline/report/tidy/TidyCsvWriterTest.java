package org.ratingspipeline.report.tidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ratingspipeline.report.Shorthand;

class TidyCsvWriterTest {

    @TempDir
    Path dir;

    private static final TidyTime YEAR = new TidyTime("2025", "Reporting year");
    private static final TidyFilter JUDGEMENT = TidyFilter.withTotal("ofsted_judgement", "Latest judgement", "hint");
    private static final TidyIndicator COUNT = TidyIndicator.count("la_count", "Number of authorities");
    private static final TidyIndicator PERCENT = TidyIndicator.percent("la_percent", "Percentage judged", 1);

    @Test
    void writesTheEesLayoutWithRfc4180QuotingShorthandLettersAndPercentagesAsWritten() throws IOException {
        TidyTable table = new TidyTable(List.of(JUDGEMENT), List.of(COUNT, PERCENT), List.of(
                row(TidyLocation.national(), "Good", 67L, new BigDecimal("44.4")),
                row(TidyLocation.national(), "Total", 153L, Shorthand.NOT_APPLICABLE),
                row(TidyLocation.regional("E12000007", "London"), "Good", 20L, new BigDecimal("66.7")),
                row(TidyLocation.localAuthority("801", "E06000023", "Bristol, City of", "E12000009", "South West"),
                        "Good", 1L,
                        new BigDecimal("100.0")),
                row(TidyLocation.localAuthority("420", "E06000053", "Isles of \"Scilly\"", "E12000009", "South West"),
                        "Total", 1L,
                        Shorthand.NOT_AVAILABLE)));

        new TidyCsvWriter().write(table, dir.resolve("d.csv"), dir.resolve("d.meta.csv"));

        assertThat(Files.readString(dir.resolve("d.csv"), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
                        + "old_la_code,new_la_code,la_name,ofsted_judgement,la_count,la_percent",
                "2025,Reporting year,National,E92000001,England,,,,,,Good,67,44.4",
                "2025,Reporting year,National,E92000001,England,,,,,,Total,153,z",
                "2025,Reporting year,Regional,E92000001,England,E12000007,London,,,,Good,20,66.7",
                "2025,Reporting year,Local authority,E92000001,England,E12000009,South West,801,E06000023,\"Bristol, "
                        + "City of\",Good,1,100.0",
                "2025,Reporting year,Local authority,E92000001,England,E12000009,South West,420,E06000053,\"Isles of "
                        + "\"\"Scilly\"\"\",Total,1,x",
                ""));
        assertThat(Files.readString(dir.resolve("d.meta.csv"))).isEqualTo(String.join("\r\n",
                "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,"
                        + "filter_grouping_column,filter_default",
                "ofsted_judgement,Filter,Latest judgement,,,,hint,,",
                "la_count,Indicator,Number of authorities,,,0,,,",
                "la_percent,Indicator,Percentage judged,,%,1,,,",
                ""));
        assertThat(Files.readAllBytes(dir.resolve("d.csv"))[0]).as("no byte order mark").isEqualTo((byte) 't');
    }

    @Test
    void geographyColumnsComeOnlyWithTheLevelsThatNeedThem() throws IOException {
        TidyTable national = new TidyTable(List.of(JUDGEMENT), List.of(COUNT), List.of(
                new TidyRow(YEAR, TidyLocation.national(), List.of("Total"), List.of(3))));
        new TidyCsvWriter().write(national, dir.resolve("n.csv"), dir.resolve("n.meta.csv"));
        assertThat(Files.readAllLines(dir.resolve("n.csv")).get(0))
                .isEqualTo("time_period,time_identifier,geographic_level,country_code,country_name,ofsted_judgement,"
                + "la_count");
    }

    @Test
    void textThatWouldStartAFormulaIsNeutralisedButNegativeNumbersStayNumbers() throws IOException {
        TidyIndicator change = new TidyIndicator("change_percent", "Change", "pp", 1);
        TidyTable table = new TidyTable(List.of(JUDGEMENT), List.of(change), List.of(
                new TidyRow(YEAR, TidyLocation.localAuthority("306", "E09000008", "=HYPERLINK(\"http://x\",\"y\")", "E12000007", "London"),
                        List.of("@SUM(1+1)"), List.of(new BigDecimal("-2.5"))),
                new TidyRow(YEAR, TidyLocation.localAuthority("305", "E09000006", "+cmd", "E12000007", "-London"),
                        List.of("Total"), List.of(new BigDecimal("3.0")))));

        new TidyCsvWriter().write(table, dir.resolve("f.csv"), dir.resolve("f.meta.csv"));

        List<String> lines = Files.readAllLines(dir.resolve("f.csv"));
        assertThat(lines.get(1)).isEqualTo("2025,Reporting year,Local "
                + "authority,E92000001,England,E12000007,London,306,E09000008,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(1+1),-2.5");
        assertThat(lines.get(2)).contains(",'-London,").contains(",'+cmd,").endsWith(",Total,3.0");
    }

    @Test
    void refusesToRoundAValueAgainOrToLeaveAnIndicatorBlank() {
        TidyTable tooPrecise = new TidyTable(List.of(JUDGEMENT), List.of(PERCENT), List.of(
                row1(new BigDecimal("44.44"))));
        assertThatThrownBy(() -> new TidyCsvWriter().write(tooPrecise, dir.resolve("p.csv"), dir.resolve("p.meta.csv")))
                .hasMessageContaining("la_percent = 44.44 has more than the 1 decimal places");
        assertThatThrownBy(() -> new TidyTable(List.of(JUDGEMENT), List.of(PERCENT), List.of(
                new TidyRow(YEAR, TidyLocation.national(), List.of("Total"), Arrays.asList((Object) null)))))
                .hasMessageContaining("never blank");
        assertThatThrownBy(() -> new TidyTable(List.of(JUDGEMENT), List.of(PERCENT), List.of(
                new TidyRow(YEAR, TidyLocation.national(), List.of("Total"), List.of("44.4")))))
                .hasMessageContaining("a number or a shorthand");
    }

    @Test
    void namesAndLocationsFollowTheEesRules() {
        assertThatThrownBy(() -> TidyIndicator.count("LA count", "x")).hasMessageContaining("not an EES column name");
        assertThatThrownBy(() -> new TidyIndicator("la_count", "x", "percent", 0)).hasMessageContaining("unit");
        assertThatThrownBy(() -> new TidyTime("2025-26", "Financial year")).hasMessageContaining("4 or 6 digits");
        assertThatThrownBy(() -> TidyLocation.regional("", "London")).hasMessageContaining("region_code is required");
        assertThatThrownBy(() -> new TidyLocation(GeographicLevel.NATIONAL, "E12000007", null, null, null, null))
                .hasMessageContaining("region_code must be blank");
        assertThatThrownBy(() -> new TidyTable(List.of(JUDGEMENT, JUDGEMENT), List.of(COUNT), List.of(
                new TidyRow(YEAR, TidyLocation.national(), List.of("Total", "Total"), List.of(1)))))
                .hasMessageContaining("appears twice");
    }

    private static TidyRow row(TidyLocation where, String judgement, long count, Object percent) {
        return new TidyRow(YEAR, where, List.of(judgement), List.of(count, percent));
    }

    private static TidyRow row1(Object percent) {
        return new TidyRow(YEAR, TidyLocation.national(), List.of("Total"), List.of(percent));
    }
}
