package org.ratingspipeline.job;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.FileReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Spend figures recomputed from a CSV the plain way, apart from the production code: a hand parser
 * for the few money forms the test files use, sums, a sort for the median, and the numbers as the
 * workbook displays them. For files with the contract's own header names.
 */
final class IndependentSpend {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One row: the authority's old LA code, the year as the workbook writes it, the money (null where not given). */
    record Row(long line, String oldCode, String year, BigDecimal budget, BigDecimal outturn) {

        boolean complete() {
            return budget != null && outturn != null;
        }
    }

    private IndependentSpend() {
    }

    /**
     * @param codeByLine the old LA code each line means, for files whose identifiers need resolving; null to take the
     *                   old_la_code column as it is. Lines not in the map are left out.
     */
    static List<Row> read(Path csv, Map<Long, String> codeByLine) throws IOException, CsvValidationException {
        List<Row> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReader(new FileReader(csv.toFile(), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(reader.readNext());
            long line = 1;
            for (String[] r : reader) {
                line++;
                String code = codeByLine == null ? r[header.indexOf("old_la_code")] : codeByLine.get(line);
                if (code == null) {
                    continue;
                }
                int start = Integer.parseInt(r[header.indexOf("financial_year")].substring(0, 4));
                rows.add(new Row(line, code, start + " to " + (start + 1), pounds(r[header.indexOf("budget_gbp")]),
                        pounds(r[header.indexOf("outturn_gbp")])));
            }
        }
        return rows;
    }

    private static BigDecimal pounds(String text) {
        String t = text.replace("£", "").replace(",", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.endsWith("m") ? new BigDecimal(t.substring(0, t.length() - 1)).multiply(MILLION) : new BigDecimal(t);
    }

    /**
     * The nine figures of a spend summary row as displayed: authorities, with both figures, budget, outturn and
     * overspend (£ million), overspend (% of budget), median (% of budget), overspending, overspending (%).
     */
    static List<String> summary(List<Row> rows) {
        List<Row> complete = rows.stream().filter(Row::complete).toList();
        if (complete.isEmpty()) {
            return List.of(String.valueOf(rows.size()), "0", "[x]", "[x]", "[x]", "[x]", "[x]", "0", "[x]");
        }
        BigDecimal budget = complete.stream().map(Row::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal outturn = complete.stream().map(Row::outturn).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal overspend = outturn.subtract(budget);
        long overspending = complete.stream().filter(r -> r.outturn().compareTo(r.budget()) > 0).count();
        List<BigDecimal> percents = complete.stream().filter(r -> r.budget().signum() > 0)
                .map(r -> r.outturn().subtract(r.budget()).multiply(HUNDRED).divide(r.budget(), MathContext.DECIMAL128))
                .sorted().toList();
        String median = percents.isEmpty() ? "[z]"
                : oneDecimal(percents.size() % 2 == 1 ? percents.get(percents.size() / 2)
                : percents.get(percents.size() / 2 - 1).add(percents.get(percents.size() / 2))
                        .divide(BigDecimal.valueOf(2)));
        return List.of(String.valueOf(rows.size()), String.valueOf(complete.size()), millions(budget),
                millions(outturn),
                millions(overspend),
                        budget.signum() > 0
                                ? oneDecimal(overspend.multiply(HUNDRED).divide(budget, MathContext.DECIMAL128))
                                        : "[z]",
                median, String.valueOf(overspending),
                oneDecimal(BigDecimal.valueOf(overspending).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(complete.size()), MathContext.DECIMAL128)));
    }

    /** The columns {@link #summary} fills, by their headers in the workbook. */
    static final List<String> SUMMARY_HEADERS = List.of("Authorities with spend data\n(number)",
            "Authorities with budget and outturn\n(number)", "Budget\n(£ million)", "Outturn\n(£ million)",
                    "Overspend\n(£ million)",
            "Overspend\n(% of budget)", "Median overspend\n(% of budget)", "Authorities overspending\n(number)",
            "Authorities overspending\n(% of those with budget and outturn)");

    /** A workbook row's summary figures, in {@link #SUMMARY_HEADERS} order. */
    static List<String> summaryOf(Map<String, String> workbookRow) {
        return SUMMARY_HEADERS.stream().map(workbookRow::get).toList();
    }

    static String millions(BigDecimal pounds) {
        return oneDecimal(pounds.divide(MILLION, MathContext.DECIMAL128));
    }

    static String oneDecimal(BigDecimal value) {
        return String.format(Locale.UK, "%,.1f", value.setScale(1, RoundingMode.HALF_UP));
    }
}
