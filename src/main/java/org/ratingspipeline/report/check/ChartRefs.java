package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;

/** The cell ranges a chart's series read, shared by K1 (which sheet) and K3 (what is in them). */
final class ChartRefs {

    /** One series' values or categories: the formula text and, when parseable, its area. */
    record SeriesRange(String formula, AreaReference area, boolean values) {
        String sheetName() {
            return area == null ? null : area.getFirstCell().getSheetName();
        }
    }

    private ChartRefs() {
    }

    static List<SeriesRange> ranges(XSSFChart chart) {
        List<SeriesRange> ranges = new ArrayList<>();
        for (XDDFChartData data : chart.getChartSeries()) {
            for (int i = 0; i < data.getSeriesCount(); i++) {
                XDDFChartData.Series series = data.getSeries(i);
                add(ranges, series.getValuesData(), true);
                add(ranges, series.getCategoryData(), false);
            }
        }
        return ranges;
    }

    private static void add(List<SeriesRange> ranges, XDDFDataSource<?> source, boolean values) {
        // literal (inline) data has no range to check
        if (source == null || !source.isReference() || source.getDataRangeReference() == null) {
            return;
        }
        String formula = source.getDataRangeReference();
        AreaReference area;
        try {
            area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        } catch (RuntimeException e) {
            area = null;
        }
        ranges.add(new SeriesRange(formula, area, values));
    }
}
