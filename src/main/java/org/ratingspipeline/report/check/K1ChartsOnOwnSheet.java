package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * K1: a chart sits on its own sheet (no table) after the front matter, with a "Chart n: ..." title
 * in A1 and a description in A2 that opens as F2 asks ("This worksheet contains one chart."), and
 * plots data held on a table sheet. The standard gives K rules
 * no severity; we treat them as essential because a chart that breaks them is inaccessible.
 */
public final class K1ChartsOnOwnSheet extends AbstractCheck {

    private static final Pattern TITLE = Pattern.compile("^Chart \\d+[a-z]?: .+", Pattern.DOTALL);
    private static final String A2_OPENING = "This worksheet contains";
    private static final Pattern A2_DIGIT_COUNT = Pattern.compile("^This worksheet contains \\d");

    public K1ChartsOnOwnSheet() {
        super("K1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        WorkbookLayout layout = book.layout();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            List<XSSFChart> charts = WorkbookLayout.charts(sheet);
            if (charts.isEmpty()) {
                continue;
            }
            if (!sheet.getTables().isEmpty()) {
                out.add(violation(sheet, "chart on a sheet that also holds a table; give it its own sheet"));
            } else if (!layout.isChartSheet(sheet)) {
                out.add(violation(sheet, "chart on the cover, contents or notes sheet"));
            }
            if (layout.isChartSheet(sheet)) {
                checkText(book.cells(sheet), out);
                for (XSSFChart chart : charts) {
                    checkSource(workbook, layout, sheet, chart, out);
                }
            }
        }
        return out;
    }

    private void checkText(SheetCells cells, List<Violation> out) {
        XSSFSheet sheet = cells.sheet();
        CellSnapshot a1 = cells.get(0, 0);
        String title = a1 == null ? "" : a1.text();
        if (!TITLE.matcher(title).matches()) {
            out.add(violation(sheet, "A1", "chart sheet A1 should be a title 'Chart <n>: ...', found: " + title));
        } else {
            FontFacts font = a1.font();
            if (!font.bold() || font.points() < F1TableTitle.MIN_POINTS) {
                out.add(violation(a1, "chart title should be bold and at least " + F1TableTitle.MIN_POINTS + " pt"));
            }
        }
        // the standard's K1: A1 and A2 follow F1-F2, so A2 opens as a table sheet's does ("...one chart.")
        String a2 = cells.text(1, 0).strip();
        if (a2.isBlank()) {
            out.add(violation(sheet, "A2", "chart sheet A2 should describe the chart"));
        } else if (!a2.startsWith(A2_OPENING)) {
            out.add(violation(sheet, "A2", "chart sheet A2 should start '" + A2_OPENING + " one chart.'"));
        } else if (A2_DIGIT_COUNT.matcher(a2).find()) {
            out.add(violation(sheet, "A2", "write the number of charts as a word ('one chart')"));
        }
    }

    private void checkSource(XSSFWorkbook workbook, WorkbookLayout layout, XSSFSheet sheet, XSSFChart chart,
                             List<Violation> out) {
        // categories and values usually share a sheet; report each problem once
        Set<String> messages = new LinkedHashSet<>();
        for (ChartRefs.SeriesRange range : ChartRefs.ranges(chart)) {
            XSSFSheet source = range.sheetName() == null ? null : workbook.getSheet(range.sheetName());
            if (source == null) {
                messages.add("chart series refers to a missing sheet: " + range.formula());
            } else if (!layout.tableSheets().contains(source) || source.getTables().isEmpty()) {
                messages.add("chart data should come from a table sheet, not " + source.getSheetName());
            }
        }
        messages.forEach(m -> out.add(violation(sheet, m)));
    }
}
