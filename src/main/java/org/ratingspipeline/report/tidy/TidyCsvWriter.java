package org.ratingspipeline.report.tidy;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.common.Formats;
import org.ratingspipeline.report.Shorthand;

/**
 * Writes a {@link TidyTable} as an EES data file and its {@code .meta.csv}: UTF-8 without a byte
 * order mark, RFC 4180 quoting (only where a value needs it) and CRLF line ends. Every text value
 * goes through {@link CsvText} and every shorthand through {@link Shorthand#csv()}; numbers are
 * written as plain decimals (79.1, never 7.91E1 or 0.791) with the indicator's decimal places.
 */
public final class TidyCsvWriter {

    static final List<String> TIME_COLUMNS = List.of("time_period", "time_identifier");
    static final List<String> COUNTRY_COLUMNS = List.of("geographic_level", "country_code", "country_name");
    static final List<String> REGION_COLUMNS = List.of("region_code", "region_name");
    static final List<String> LA_COLUMNS = List.of("old_la_code", "new_la_code", "la_name");
    static final List<String> STANDARD_COLUMNS = concat(TIME_COLUMNS, COUNTRY_COLUMNS, REGION_COLUMNS, LA_COLUMNS);
    public static final List<String> META_COLUMNS = List.of("col_name", "col_type", "label", "indicator_grouping",
            "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column", "filter_default");
    private static final String LINE_END = "\r\n";

    public void write(TidyTable table, Path data, Path meta) throws IOException {
        writeData(table, data);
        writeMeta(table, meta);
    }

    private void writeData(TidyTable table, Path file) throws IOException {
        boolean regions = table.rows().stream().anyMatch(r -> r.location().level() != GeographicLevel.NATIONAL);
        boolean authorities =
                table.rows().stream().anyMatch(r -> r.location().level() == GeographicLevel.LOCAL_AUTHORITY);
        List<String> header = new ArrayList<>(TIME_COLUMNS);
        header.addAll(COUNTRY_COLUMNS);
        if (regions) {
            header.addAll(REGION_COLUMNS);
        }
        if (authorities) {
            header.addAll(LA_COLUMNS);
        }
        table.filters().forEach(f -> header.add(f.name()));
        table.indicators().forEach(i -> header.add(i.name()));
        try (CsvFile csv = new CsvFile(file)) {
            csv.row(header);
            for (TidyRow row : table.rows()) {
                List<String> cells = new ArrayList<>(List.of(text(row.time().period()), text(row.time().identifier())));
                TidyLocation where = row.location();
                cells.addAll(List.of(text(where.level().label()), text(Formats.ENGLAND_CODE),
                        text(TidyLocation.ENGLAND_NAME)));
                if (regions) {
                    cells.addAll(List.of(text(where.regionCode()), text(where.regionName())));
                }
                if (authorities) {
                    cells.addAll(List.of(text(where.oldLaCode()), text(where.newLaCode()), text(where.laName())));
                }
                row.filterLevels().forEach(level -> cells.add(text(level)));
                for (int i = 0; i < table.indicators().size(); i++) {
                    cells.add(indicator(row.indicatorValues().get(i), table.indicators().get(i)));
                }
                csv.row(cells);
            }
        }
    }

    private void writeMeta(TidyTable table, Path file) throws IOException {
        try (CsvFile csv = new CsvFile(file)) {
            csv.row(META_COLUMNS);
            for (TidyFilter f : table.filters()) {
                csv.row(List.of(f.name(), "Filter", text(f.label()), "", "", "", text(f.hint()), "",
                        text(f.defaultLevel())));
            }
            for (TidyIndicator i : table.indicators()) {
                csv.row(List.of(i.name(), "Indicator", text(i.label()), "", i.unit(), String.valueOf(i.decimals()), "",
                        "", ""));
            }
        }
    }

    /**
     * A number with exactly the indicator's decimal places. A value with more would be rounded a
     * second time here, apart from the workbook's rounding, so it is refused: datasets round where
     * the workbook does.
     */
    static String indicator(Object value, TidyIndicator indicator) {
        if (value instanceof Shorthand s) {
            return s.csv();
        }
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException(indicator.name() + ": " + value + " is not a number");
        }
        BigDecimal number = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        try {
            return number.setScale(indicator.decimals(), RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(indicator.name() + " = " + number + " has more than the "
                    + indicator.decimals()
                    + " decimal places its metadata gives", e);
        }
    }

    /** Every text value of both files passes here: a value that would start a formula is neutralised. */
    private static String text(String s) {
        return CsvText.neutralise(s);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }

    /** One CSV file being written. */
    private static final class CsvFile implements AutoCloseable {
        private final Path path;
        private final CSVWriter csv;

        CsvFile(Path path) throws IOException {
            this.path = path;
            Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            this.csv = new CSVWriter(out, ',', '"', '"', LINE_END);
        }

        void row(List<String> cells) {
            csv.writeNext(cells.toArray(String[]::new), false);
        }

        @Override
        public void close() throws IOException {
            // CSVWriter keeps an I/O error to itself until asked; a full disk must fail the run.
            boolean failed = csv.checkError();
            csv.close();
            if (failed) {
                throw new IOException("could not write " + path, csv.getException());
            }
        }
    }
}
