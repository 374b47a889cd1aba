package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;

/**
 * K2: every chart frame has alt text (a description) and the chart has a title. Read from the
 * drawing's frames because a chart loaded from file does not know its frame
 * (XSSFChart.getGraphicFrame() is only set when the chart is created).
 */
public final class K2ChartAltText extends AbstractCheck {

    private static final String CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public K2ChartAltText() {
        super("K2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            if (drawing == null) {
                continue;
            }
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape instanceof XSSFGraphicFrame && isChart((XSSFGraphicFrame) shape)) {
                    CTNonVisualDrawingProps props = ((XSSFGraphicFrame) shape).getCTGraphicalObjectFrame()
                            .getNvGraphicFramePr().getCNvPr();
                    if (props.getDescr() == null || props.getDescr().isBlank()) {
                        out.add(violation(sheet, "chart '" + props.getName() + "' has no alt text (description)"));
                    }
                }
            }
            for (XSSFChart chart : drawing.getCharts()) {
                XSSFRichTextString title = chart.getTitleText();
                if (title == null || title.getString() == null || title.getString().isBlank()) {
                    out.add(violation(Severity.RECOMMENDED, sheet, null, "chart has no title"));
                }
            }
        }
        return out;
    }

    private static boolean isChart(XSSFGraphicFrame frame) {
        var graphic = frame.getCTGraphicalObjectFrame().getGraphic();
        return graphic != null && graphic.getGraphicData() != null
                && CHART_URI.equals(graphic.getGraphicData().getUri());
    }
}
