package org.ratingspipeline.report.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a small workbook that follows every house convention: the reference the checker must
 * accept, and the base every breaking test starts from.
 */
final class GoodWorkbook {

    static final String TITLE = "Ofsted judgements and overspend of local authority children's services, England, 2024";
    static final String TABLE_TITLE = "Table 1: Judgements and overspend by local authority, England, 2024";
    static final String CHART_TITLE = "Chart 1: Overspend by local authority, England, 2024";

    /** Table_1 layout: 4 rows of text above, header on row index 4, three data rows. */
    static final int HEADER_ROW = 4;
    static final int FIRST_DATA_ROW = 5;
    static final int LAST_DATA_ROW = 7;

    private GoodWorkbook() {
    }

    /** Styles are created once and shared, as the project's writer does. */
    record Styles(XSSFCellStyle title, XSSFCellStyle heading, XSSFCellStyle body, XSSFCellStyle link,
                  XSSFCellStyle headerText, XSSFCellStyle headerNumber, XSSFCellStyle text,
                  XSSFCellStyle integer, XSSFCellStyle decimal, XSSFCellStyle shorthand) {

        static Styles create(XSSFWorkbook wb) {
            XSSFFont titleFont = font(wb, 16, true, false);
            XSSFFont headingFont = font(wb, 14, true, false);
            XSSFFont bodyFont = font(wb, 12, false, false);
            XSSFFont boldFont = font(wb, 12, true, false);
            XSSFFont linkFont = font(wb, 12, false, true);
            XSSFCellStyle headerText = style(wb, boldFont, HorizontalAlignment.LEFT);
            headerText.setBorderBottom(BorderStyle.THIN);
            XSSFCellStyle headerNumber = style(wb, boldFont, HorizontalAlignment.RIGHT);
            headerNumber.setBorderBottom(BorderStyle.THIN);
            XSSFCellStyle integer = style(wb, bodyFont, HorizontalAlignment.RIGHT);
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            XSSFCellStyle decimal = style(wb, bodyFont, HorizontalAlignment.RIGHT);
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            return new Styles(style(wb, titleFont, HorizontalAlignment.LEFT),
                    style(wb, headingFont, HorizontalAlignment.LEFT),
                    style(wb, bodyFont, HorizontalAlignment.LEFT),
                    style(wb, linkFont, HorizontalAlignment.LEFT),
                    headerText, headerNumber,
                    style(wb, bodyFont, HorizontalAlignment.LEFT),
                    integer, decimal,
                    style(wb, bodyFont, HorizontalAlignment.RIGHT));
        }

        private static XSSFFont font(XSSFWorkbook wb, int points, boolean bold, boolean underline) {
            XSSFFont font = wb.createFont();
            font.setFontName("Arial");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            if (underline) {
                font.setUnderline(Font.U_SINGLE);
            }
            return font;
        }

        private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment align) {
            XSSFCellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setAlignment(align);
            return style;
        }
    }

    static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = Styles.create(wb);
        cover(wb, s);
        contents(wb, s);
        notes(wb, s);
        table1(wb, s);
        chart1(wb, s);
        var core = wb.getProperties().getCoreProperties();
        core.setTitle(TITLE);
        core.setCreator("Ratings Pipeline Statistics Team");
        core.setKeywords("Ofsted, children's services, overspend, local authorities");
        core.setSubjectProperty("Children's social care");
        core.getUnderlyingProperties().setLanguageProperty("en-GB");
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            sheet.setActiveCell(new CellAddress("A1"));
            sheet.setSelected(i == 0);
            sheet.setZoom(100);
        }
        return wb;
    }

    static Path write(XSSFWorkbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static void cover(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet("Cover");
        sheet.setColumnWidth(0, 80 * 256);
        String[][] rows = {
                {TITLE, "title"},
                {"About these data", "heading"},
                {"The latest Ofsted judgement and the children's services overspend of each local authority.", "body"},
                {"Source", "heading"},
                {"Ofsted inspection outcomes and local authority revenue outturn returns.", "body"},
                {"Ofsted children's social care statistics", "url"},
                {"Published", "heading"},
                {"1 July 2024", "body"},
                {"Next update", "heading"},
                {"July 2025", "body"},
                {"Contact", "heading"},
                {"statistics@example.gov.uk", "email"},
        };
        for (int r = 0; r < rows.length; r++) {
            XSSFCell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(rows[r][0]);
            switch (rows[r][1]) {
                case "title" -> cell.setCellStyle(s.title());
                case "heading" -> cell.setCellStyle(s.heading());
                case "url" -> link(wb, cell, s, HyperlinkType.URL,
                        "https://www.gov.uk/government/collections/ofsted-childrens-social-care-statistics");
                case "email" -> link(wb, cell, s, HyperlinkType.EMAIL, "mailto:statistics@example.gov.uk");
                default -> cell.setCellStyle(s.body());
            }
        }
    }

    private static void contents(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet("Contents");
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        text(sheet, 0, 0, "Contents", s.title());
        text(sheet, 1, 0, "This worksheet contains one table.", s.body());
        text(sheet, 2, 0, "Sheet name", s.headerText());
        text(sheet, 2, 1, "Table description", s.headerText());
        String[][] rows = {{"Table_1", TABLE_TITLE}, {"Chart_1", CHART_TITLE}};
        for (int i = 0; i < rows.length; i++) {
            XSSFCell name = text(sheet, 3 + i, 0, rows[i][0], s.text());
            link(wb, name, s, HyperlinkType.DOCUMENT, "'" + rows[i][0] + "'!A1");
            text(sheet, 3 + i, 1, rows[i][1], s.text());
        }
        table(sheet, "contents_table", 2, 3 + rows.length - 1, 1);
    }

    private static void notes(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet("Notes");
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        text(sheet, 0, 0, "Notes", s.title());
        text(sheet, 1, 0, "This worksheet contains one table.", s.body());
        text(sheet, 2, 0, "Note number", s.headerText());
        text(sheet, 2, 1, "Note text", s.headerText());
        text(sheet, 3, 0, "[note 1]", s.text());
        text(sheet, 3, 1, "Overspend is outturn minus budget for children's social care.", s.text());
        table(sheet, "notes_table", 2, 3, 1);
    }

    private static void table1Rows(XSSFSheet sheet, Styles s) {
        Object[][] data = {
                {"202", "E09000007", "Camden", "Good", 1234.0, 12.5},
                {"203", "E09000011", "Greenwich", "Outstanding", 2345.0, "[x]"},
                {"204", "E09000012", "Hackney", "Requires improvement to be good", 456.0, 3.4},
        };
        for (int r = 0; r < data.length; r++) {
            XSSFRow row = sheet.getRow(FIRST_DATA_ROW + r) == null
                    ? sheet.createRow(FIRST_DATA_ROW + r) : sheet.getRow(FIRST_DATA_ROW + r);
            for (int c = 0; c < data[r].length; c++) {
                XSSFCell cell = row.createCell(c);
                Object v = data[r][c];
                if (v instanceof Double d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(c == 4 ? s.integer() : s.decimal());
                } else {
                    cell.setCellValue((String) v);
                    cell.setCellStyle(c >= 4 ? s.shorthand() : s.text());
                }
            }
        }
    }

    private static void table1(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet("Table_1");
        int[] widths = {12, 14, 20, 34, 16, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        text(sheet, 0, 0, TABLE_TITLE + " [note 1]", s.title());
        text(sheet, 1, 0, "This worksheet contains one table. Some cells refer to notes which can be found "
                + "on the notes worksheet.", s.body());
        text(sheet, 2, 0, "[x] = not available because the overspend return is missing.", s.body());
        text(sheet, 3, 0, "Source: Ofsted and local authority revenue outturn returns.", s.body());
        String[] headers = {"Old LA code", "New LA code", "Local authority", "Ofsted judgement",
                "Overspend\n(\u00a3 thousand)", "Overspend share\n(%)"};
        for (int c = 0; c < headers.length; c++) {
            text(sheet, HEADER_ROW, c, headers[c], c >= 4 ? s.headerNumber() : s.headerText());
        }
        table1Rows(sheet, s);
        table(sheet, "table_1_judgements_overspend", HEADER_ROW, LAST_DATA_ROW, headers.length - 1);
        sheet.addIgnoredErrors(new CellRangeAddress(FIRST_DATA_ROW, LAST_DATA_ROW, 0, 0),
                IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        // what the pipeline prints (J5 allows both): the title without its note marker, and page numbers
        sheet.getHeader().setCenter(TABLE_TITLE);
        sheet.getFooter().setCenter("Page &P of &N");
    }

    private static void chart1(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet("Chart_1");
        text(sheet, 0, 0, CHART_TITLE, s.title());
        text(sheet, 1, 0, "This worksheet contains one chart. Bar chart of the overspend of three local authorities in "
                + "thousands of pounds. "
                + "The data are in Table 1.", s.body());
        addChart(wb.getSheet("Table_1"), sheet, new CellRangeAddress(FIRST_DATA_ROW, LAST_DATA_ROW, 4, 4));
    }

    /** A horizontal bar chart of Table_1's local authorities against the given value column range. */
    static XSSFChart addChart(XSSFSheet data, XSSFSheet target, CellRangeAddress values) {
        XSSFDrawing drawing = target.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, 3, 10, 24));
        chart.setTitleText("Overspend by local authority, England, 2024");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data,
                new CellRangeAddress(FIRST_DATA_ROW, LAST_DATA_ROW, 2, 2));
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(data, values);
        XDDFBarChartData bar = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bar.setBarDirection(BarDirection.BAR);
        bar.addSeries(cats, vals).setTitle("Overspend (\u00a3 thousand)", null);
        chart.plot(bar);
        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
                .setDescr("Bar chart: Hackney overspent least and Greenwich most of the three local authorities.");
        return chart;
    }

    static XSSFCell text(XSSFSheet sheet, int row, int col, String value, CellStyle style) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        XSSFCell cell = r.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    private static void link(XSSFWorkbook wb, XSSFCell cell, Styles s, HyperlinkType type, String address) {
        XSSFHyperlink link = wb.getCreationHelper().createHyperlink(type);
        link.setAddress(address);
        cell.setHyperlink(link);
        cell.setCellStyle(s.link());
    }

    static XSSFTable table(XSSFSheet sheet, String name, int headerRow, int lastRow, int lastCol) {
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow, lastCol), SpreadsheetVersion.EXCEL2007));
        table.setName(name);
        table.setDisplayName(name);
        table.setStyleName("TableStyleLight1");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(false);
        table.getCTTable().getTableStyleInfo().setShowColumnStripes(false);
        return table;
    }
}
