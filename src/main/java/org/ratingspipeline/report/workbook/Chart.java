package org.ratingspipeline.report.workbook;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.ratingspipeline.common.WorkbookTheme;
import org.ratingspipeline.report.ChartContent;
import org.ratingspipeline.report.Column;
import org.ratingspipeline.report.Table;
import org.ratingspipeline.report.TableContent;
import org.ratingspipeline.report.workbook.WorkbookStyles.Role;

/**
 * A chart sheet of the workbook: the numbered title in A1, what the chart shows in A2 (starting
 * "This worksheet contains one chart.", as table sheets start "...one table."), where its numbers
 * are in A3, then one native Excel chart reading the cells of a table sheet. Written after the
 * table sheets, so the ranges are taken from the Excel table as written rather than recomputed.
 *
 * @param sheetName   the tab, e.g. {@code Chart_1}
 * @param title       A1, e.g. "Chart 1: ..."
 * @param sourceSheet the table sheet the numbers are on, e.g. {@code Table_2}
 * @param sourceTitle that sheet's title, so the reader can find it
 * @param plotted     where the columns the chart names are in that table
 */
public record Chart(String sheetName, String title, ChartContent content, String sourceSheet, String sourceTitle,
                    ChartContent.Plotted plotted) implements ChartSheet {

    private static final String CHART_NAMESPACE = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /**
     * Where each line's labels sit: above the first line's points, below the second's, then right and left, so the
     * labels of lines that run close together (an authority beside its neighbours' median) do not land on each other.
     */
    private static final List<STDLblPos.Enum> LINE_LABELS = List.of(STDLblPos.T, STDLblPos.B, STDLblPos.R, STDLblPos.L);

    /**
     * Numbers a chart and points it at the sheet its table was given. A chart may only plot numbers:
     * Excel draws shorthand such as [x] as 0, so a section asking for one over such cells is a bug.
     */
    static Chart numbered(ChartContent chart, List<TableContent> own, Map<TableContent, Table> numbered, int number) {
        TableContent source = own.stream().filter(t -> t.key().equals(chart.tableKey())).findFirst()
                .orElseThrow(() ->
                new IllegalStateException("chart " + chart.key() + " refers to table " + chart.tableKey()
                        + ", which its section did not build"));
        Table table = numbered.get(source);
        if (chart.lastRow() >= source.rows().size()) {
            throw new IllegalStateException("chart " + chart.key() + " reads row " + chart.lastRow() + " of table "
                    + source.key() + ", which has " + source.rows().size());
        }
        ChartContent.Plotted plotted = chart.plotted(source.columns());
        for (List<Object> row : source.rows().subList(chart.firstRow(), chart.lastRow() + 1)) {
            if (!(row.get(plotted.categories()) instanceof String)) {
                throw new IllegalStateException("chart " + chart.key() + ": category " + row.get(plotted.categories())
                        + " is not text");
            }
            for (int column : plotted.series()) {
                if (!(row.get(column) instanceof Number)) {
                    throw new IllegalStateException("chart " + chart.key() + " would plot " + row.get(column)
                            + " from " + source.key() + "; a chart plots numbers only");
                }
            }
        }
        return new Chart(chart.sheetName() == null ? "Chart_" + number : chart.sheetName(),
                "Chart " + number + ": " + chart.title(), chart, table.sheetName(), table.title(), plotted);
    }

    @Override
    public void writeTo(SXSSFWorkbook workbook, WorkbookStyles styles) {
        // column A carries the text and the chart, so a screen reader meets them in order
        WorkbookTheme.Chart look = styles.theme().chart();
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        sheet.setColumnWidth(0, look.width() * 256);
        textRows(sheet, styles);

        SXSSFSheet data = workbook.getSheet(sourceSheet);
        XSSFTable table = StreamedWorkbook.under(data).getTables().get(0);
        int firstRow = table.getStartRowIndex() + 1 + content.firstRow();
        int lastRow = table.getStartRowIndex() + 1 + content.lastRow();

        XSSFChart chart = drawChart(sheet, look, styles.theme().page());
        int column = plotted.categories();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                cells(data, firstRow, lastRow, column, CellType.STRING, String[]::new, Cell::getStringCellValue),
                reference(firstRow, lastRow, column));
        boolean bars = content.kind() != ChartContent.Kind.LINE;
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(bars ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(bars ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        scaleAxes(categoryAxis, valueAxis, bars);
        XDDFChartData plot = plot(chart, categoryAxis, valueAxis, bars, look);
        addSeries(plot, categories, data, firstRow, lastRow, look);
        if (content.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.TOP);
        }
        chart.plot(plot);
        if (content.kind() == ChartContent.Kind.STACKED_BAR_100) {
            overlapFully(chart);
        }
    }

    /**
     * The values of one column of the table, as the chart's cache of them: the cells' own values, read back from
     * the sheet as written, and none where a cell holds another type (a shorthand's text in a column of numbers).
     * The chart refers to the cells too, so a spreadsheet redraws it from them.
     */
    private static <T> T[] cells(Sheet data, int firstRow, int lastRow, int column, CellType type,
            IntFunction<T[]> array, Function<Cell, T> value) {
        T[] values = array.apply(lastRow - firstRow + 1);
        for (int r = firstRow; r <= lastRow; r++) {
            Cell cell = data.getRow(r).getCell(column);
            values[r - firstRow] = cell != null && cell.getCellType() == type ? value.apply(cell) : null;
        }
        return values;
    }

    private String reference(int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sourceSheet, true);
    }

    /** The title, the description and the source, above the chart. */
    private void textRows(Sheet sheet, WorkbookStyles styles) {
        // wrapped within column A, as on the cover, so the text stays above the chart and within its width
        text(sheet, 0, title, styles.get(Role.COVER_TITLE));
        text(sheet, 1, "This worksheet contains one chart. " + content.description(), styles.get(Role.BODY));
        text(sheet, 2,
                "Source: the numbers are in " + sourceSheet + ", " + WorkbookWriter.stripNotes(sourceTitle) + ".",
                styles.get(Role.BODY));
        TextFit.fitRows(sheet);
    }

    /** The chart below the text, printed with it on one page, titled and described for screen readers. */
    private XSSFChart drawChart(SXSSFSheet sheet, WorkbookTheme.Chart look, WorkbookTheme.Page page) {
        XSSFDrawing drawing = StreamedWorkbook.under(sheet).createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, look.firstRow(), 1, look.lastRow()));
        // the print area ends with the chart; printed (and converted to PDF) as one page, chart and text together
        PrintLayout.onePage(title, 0, look.lastRow()).applyTo(sheet, page);
        chart.setTitleText(content.title());
        chart.setTitleOverlay(false);
        CTNonVisualDrawingProps alt =
                chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr();
        alt.setTitle(content.title());
        alt.setDescr(content.description());
        return chart;
    }

    private void scaleAxes(XDDFCategoryAxis categoryAxis, XDDFValueAxis valueAxis, boolean bars) {
        valueAxis.setTitle(content.valueAxisTitle());
        ChartContent.Scale scale = content.scale();
        if (scale.minimum() != null) {
            valueAxis.setMinimum(scale.minimum());
        } else {
            // values may be negative (an underspend): the category labels stay at the foot of the chart, not at zero
            categoryAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        }
        if (content.kind() != ChartContent.Kind.STACKED_BAR_100) {
            if (scale.maximum() != null) {
                valueAxis.setMaximum(scale.maximum());
            }
            valueAxis.setNumberFormat(scale.axisFormat());
        }
        // points sit in the middle of their category, so the first label clears the value axis
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (bars) {
            // Horizontal bars list the categories top to bottom in the table's order; the value axis
            // then has to cross at the far end to stay at the bottom.
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        }
    }

    private XDDFChartData plot(XSSFChart chart, XDDFCategoryAxis categoryAxis, XDDFValueAxis valueAxis,
            boolean bars, WorkbookTheme.Chart look) {
        if (!bars) {
            XDDFChartData plot = chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
            plot.setVaryColors(false);
            return plot;
        }
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bar.setBarDirection(BarDirection.BAR);
        bar.setVaryColors(false);
        if (content.kind() == ChartContent.Kind.STACKED_BAR_100) {
            bar.setBarGrouping(BarGrouping.PERCENT_STACKED);
        }
        bar.setGapWidth(look.barGap());
        return bar;
    }

    private void addSeries(XDDFChartData plot, XDDFDataSource<String> categories, Sheet data, int firstRow,
            int lastRow, WorkbookTheme.Chart look) {
        for (int i = 0; i < content.series().size(); i++) {
            ChartContent.Series s = content.series().get(i);
            int column = plotted.series().get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(
                    cells(data, firstRow, lastRow, column, CellType.NUMERIC, Double[]::new, Cell::getNumericCellValue),
                    reference(firstRow, lastRow, column));
            XDDFChartData.Series series = plot.addSeries(categories, values);
            series.setTitle(s.name(), null);
            style(series, i, look);
            if (content.kind() == ChartContent.Kind.STACKED_BAR_100) {
                hideZeroLabels(((XDDFBarChartData.Series) series).getCTBarSer().getDLbls(), data, firstRow, lastRow,
                        column);
            }
        }
    }

    /**
     * Excel draws the segments of a stacked bar side by side unless the series overlap fully. POI's
     * setOverlap needs schema types that poi-ooxml-lite leaves out, so the element is written directly,
     * in its place in the schema's order (just before the axis ids).
     */
    private static void overlapFully(XSSFChart chart) {
        CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor cursor = bar.newCursor()) {
            if (cursor.toChild(new QName(CHART_NAMESPACE, "axId"))) {
                cursor.beginElement(new QName(CHART_NAMESPACE, "overlap"));
                cursor.insertAttributeWithValue("val", "100");
            }
        }
    }

    /**
     * The theme's palette (by default the Analysis Function's categorical palette: dark blue, turquoise, dark pink,
     * orange, each contrasting with its neighbours, labels white on the dark ones and black on the light ones): every
     * segment also carries a label and keeps the legend's order, so no reader depends on telling the colours apart.
     */
    private void style(XDDFChartData.Series series, int index, WorkbookTheme.Chart look) {
        WorkbookTheme.Colour colour = look.palette().get(index % look.palette().size());
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(rgb(colour.fill())));
        if (series instanceof XDDFBarChartData.Series bar) {
            series.setFillProperties(fill);
            // a thin white edge keeps neighbouring segments apart even where two colours look alike
            XDDFLineProperties edge =
                    new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.WHITE)));
            series.setLineProperties(edge);
            boolean stacked = content.kind() == ChartContent.Kind.STACKED_BAR_100;
            labels(bar.getCTBarSer().isSetDLbls() ? bar.getCTBarSer().getDLbls() : bar.getCTBarSer().addNewDLbls(),
                    stacked ? STDLblPos.CTR : STDLblPos.OUT_END, stacked ? colour.label() : look.labelColour(),
                    content.scale().labelFormat(), look.labelSize());
        } else if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(look.lineWidth());
            line.setLineProperties(stroke);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            line.setSmooth(false);
            labels(line.getCTLineSer().isSetDLbls() ? line.getCTLineSer().getDLbls()
                    : line.getCTLineSer().addNewDLbls(),
                    content.headline() ? STDLblPos.T : LINE_LABELS.get(index % LINE_LABELS.size()), look.labelColour(),
                    content.scale().labelFormat(), look.labelSize());
        }
    }

    /**
     * A zero share has no segment to label, and its "0.0" would sit on the neighbouring segment; the
     * value stays in the table and in the alt text. POI's lite schemas lack the per-point label type,
     * so the elements are written with a cursor, first in the labels element as the schema wants.
     */
    private static void hideZeroLabels(CTDLbls labels, Sheet data, int firstRow, int lastRow, int column) {
        try (XmlCursor cursor = labels.newCursor()) {
            cursor.toFirstChild();
            for (int r = firstRow; r <= lastRow; r++) {
                if (data.getRow(r).getCell(column).getNumericCellValue() != 0) {
                    continue;
                }
                // each beginElement leaves the cursor inside the new element; toNextToken after its
                // end token steps out again, to where the next sibling goes
                cursor.beginElement(new QName(CHART_NAMESPACE, "dLbl"));
                cursor.beginElement(new QName(CHART_NAMESPACE, "idx"));
                cursor.insertAttributeWithValue("val", String.valueOf(r - firstRow));
                cursor.toEndToken();
                cursor.toNextToken();
                cursor.beginElement(new QName(CHART_NAMESPACE, "delete"));
                cursor.insertAttributeWithValue("val", "1");
                cursor.toEndToken();
                cursor.toNextToken();
                cursor.toNextToken();
            }
        }
    }

    /** Direct labels: each bar or point shows its value, so no one has to read it off an axis. */
    private static void labels(CTDLbls labels, STDLblPos.Enum position, String colour, String format, int points) {
        labels.addNewNumFmt().setFormatCode(format);
        labels.getNumFmt().setSourceLinked(false);
        CTTextBody text = labels.addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        CTTextCharacterProperties font = text.addNewP().addNewPPr().addNewDefRPr();
        font.setSz(points * 100);
        font.addNewSolidFill().addNewSrgbClr().setVal(rgb(colour));
        labels.addNewDLblPos().setVal(position);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Writes a paragraph, wrapped within column A; {@link TextFit} gives its row the height of its lines. */
    private static void text(Sheet sheet, int row, String value, CellStyle style) {
        Row r = sheet.createRow(row);
        Cell cell = r.createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A colour written as RGB hex ({@code 12436D}), as the theme gives it. */
    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
