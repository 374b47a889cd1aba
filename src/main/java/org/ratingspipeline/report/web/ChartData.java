package org.ratingspipeline.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Table;
import org.ratingspipeline.report.workbook.Chart;

/**
 * The numbers a chart draws, read from the rows of the very table the workbook's chart reads.
 *
 * @param values one list per series, one number per category
 */
record ChartData(List<String> categories, List<String> seriesNames, List<List<BigDecimal>> values) {

    static ChartData of(Chart chart, Table source) {
        ChartContent c = chart.content();
        List<List<Object>> rows = source.rows().subList(c.firstRow(), c.lastRow() + 1);
        int categoryColumn = chart.plotted().categories();
        List<String> categories = rows.stream().map(r -> String.valueOf(r.get(categoryColumn))).toList();
        List<String> names = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        for (int i = 0; i < c.series().size(); i++) {
            int column = chart.plotted().series().get(i);
            names.add(c.series().get(i).name());
            values.add(rows.stream().map(r -> number(r.get(column))).toList());
        }
        return new ChartData(categories, names, values);
    }

    private static BigDecimal number(Object value) {
        if (!(value instanceof Number n)) {
            // the workbook refuses such a chart before the page is built; this guards a new caller
            throw new IllegalStateException("a chart plots numbers only, not " + value);
        }
        return n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }

    /** A value as the chart labels it, one decimal place, like the workbook's data labels ("0.0"). */
    static String label(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
