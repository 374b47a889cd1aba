package org.ratingspipeline.report.tidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ratingspipeline.report.Shorthand;

/** A file pair the writer produced passes; each way the DfE screener would fail a file is caught. */
class TidyDataCheckerTest {

    @TempDir
    Path dir;

    private Path data;
    private Path meta;

    @BeforeEach
    void goodPair() throws IOException {
        TidyTime year = new TidyTime("2025", "Reporting year");
        TidyFilter area = TidyFilter.withDefault("judgement_area", "Judgement area", "", "Overall effectiveness");
        TidyFilter judgement = TidyFilter.withTotal("ofsted_judgement", "Latest judgement", "");
        List<TidyRow> rows = new ArrayList<>();
        for (TidyLocation where : List.of(TidyLocation.national(), TidyLocation.regional("E12000007", "London"),
                TidyLocation.localAuthority("306", "E09000008", "Croydon", "E12000007", "London"))) {
            rows.add(new TidyRow(year, where, List.of("Overall effectiveness", "Good"),
                    List.of(1L, new BigDecimal("100.0"))));
            rows.add(new TidyRow(year, where, List.of("Overall effectiveness", "Total"),
                    List.of(1L, Shorthand.NOT_APPLICABLE)));
        }
        data = dir.resolve("judgements.csv");
        meta = dir.resolve("judgements.meta.csv");
        new TidyCsvWriter().write(new TidyTable(List.of(area, judgement),
                List.of(TidyIndicator.count("la_count", "Number"),
                        TidyIndicator.percent("la_percent", "Percentage", 1)), rows), data, meta);
    }

    @Test
    void whatTheWriterWritesPasses() throws IOException {
        assertThat(new TidyDataChecker().check(data, meta)).isEmpty();
    }

    static Stream<Arguments> breakages() {
        return Stream.concat(dataBreakages(), metaBreakages());
    }

    private static Stream<Arguments> dataBreakages() {
        return Stream.of(
                data("no time_identifier column",
                        lines -> lines.replace("Reporting year,", "").replace("time_identifier,", ""),
                        "has no time_identifier column"),
                data("a blank indicator", lines -> lines.replace(",1,100.0", ",1,"), "an indicator is never blank"),
                data("NULL for a missing value", lines -> lines.replace(",1,100.0", ",1,NULL"), "'NULL' is not "
                        + "allowed"),
                data("a share as 0.5%", lines -> lines.replace(",1,100.0", ",1,50%"), "neither a number nor a symbol"),
                data("more decimals than the metadata", lines -> lines.replace(",1,100.0", ",1,99.95"), "more than "
                        + "the 1 decimal places"),
                data("a dashed financial year", lines -> lines.replace("2025,Reporting", "2024-25,Reporting"),
                        "is not 4 or 6 digits"),
                data("an unknown time identifier", lines -> lines.replace("Reporting year", "Year"), "is not one EES "
                        + "allows"),
                data("region columns on a national row", lines -> lines.replace("England,,,", "England,E12000007,"
                        + "London,"),
                        "region_code must be blank on a National row"),
                data("an authority row without its region",
                        lines -> lines.replace("England,E12000007,London,306", "England,,,306"),
                        "region_code is blank on a Local authority row"),
                data("a malformed ONS code", lines -> lines.replace("E09000008", "E9000008"), "is not a valid code"),
                data("an unknown geographic level", lines -> lines.replace("Regional,", "Region,"), "is not one this "
                        + "checker knows"),
                data("the same observation twice", lines -> lines + lines.substring(lines.indexOf("\r\n") + 2),
                        "repeats the time, place"),
                data("a row with a missing field", lines -> lines.replace(",Good,1,100.0", ",Good,1"), "fields for"),
                data("a byte order mark", lines -> "\uFEFF" + lines, "byte order mark"),
                data("a column name with a space", lines -> lines.replace("la_count", "la count"), "is not snake_case"),
                data("a filter without Total", lines -> lines.replace(",Total,", ",All,"), "has no Total level"));
    }

    private static Stream<Arguments> metaBreakages() {
        return Stream.of(
                meta("a filter_default that is not a level",
                        lines -> lines.replace(",Overall effectiveness", ",Overall"),
                        "judgement_area has no Total level and no filter_default"),
                meta("an indicator without metadata", lines -> lines.replaceAll("la_percent,"
                        + "Indicator[^\\r]*\\r\\n", ""),
                        "has no row for the data file's column la_percent"),
                meta("metadata for a column the data lacks", lines -> lines.replace("la_percent,", "la_rate,"),
                        "names no column of the data file"),
                meta("an invented unit", lines -> lines.replace(",%,", ",percent,"), "indicator_unit 'percent'"),
                meta("a missing label", lines -> lines.replace("Number", ""), "label must be"),
                meta("a wrong col_type", lines -> lines.replace("Indicator", "Measure"), "neither Filter nor "
                        + "Indicator"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void breakagesAreCaught(String what, boolean inMeta, UnaryOperator<String> breakage,
            String expected) throws IOException {
        Path target = inMeta ? meta : data;
        Files.writeString(target, breakage.apply(Files.readString(target, StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertThat(new TidyDataChecker().check(data, meta)).as(what).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void aFileThatIsNotUtf8IsCaught() throws IOException {
        Files.write(data,
                Files.readString(data).replace("Croydon", "Croyd\u00f6n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new TidyDataChecker().check(data, meta)).anySatisfy(p -> assertThat(p).contains("is not UTF-8"));
    }

    private static Arguments data(String what, UnaryOperator<String> breakage, String expected) {
        return Arguments.of(what, false, breakage, expected);
    }

    private static Arguments meta(String what, UnaryOperator<String> breakage, String expected) {
        return Arguments.of(what, true, breakage, expected);
    }
}
