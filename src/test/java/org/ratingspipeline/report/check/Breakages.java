package org.ratingspipeline.report.check;

import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * One deliberate breakage per rule (several for some), each applied to a fresh good workbook.
 * Table_1 cells: header row 5 (A5:F5), data rows 6-8; E = overspend (number), F = share (number or [x]).
 */
final class Breakages {

    /** A 1x1 PNG; POI does not decode pictures, but a real one keeps the file valid. */
    private static final String PNG_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    record Breakage(String ruleId, String what, Consumer<XSSFWorkbook> change) {
        @Override
        public String toString() {
            return ruleId + ": " + what;
        }
    }

    private Breakages() {
    }

    /** One breakage a rule or more, by the rule's group in the standard (A: workbook properties, ...). */
    static List<Breakage> all() {
        return Stream.of(rulesA(), rulesB(), rulesC(), rulesD(), rulesE(), rulesF(), rulesG(), rulesH(), rulesI(),
                rulesJ(), rulesK()).flatMap(List::stream).toList();
    }

    private static List<Breakage> rulesA() {
        return List.of(
                b("A1", "title property with underscores, not the cover title",
                        wb -> wb.getProperties().getCoreProperties().setTitle("ratings_report")),
                b("A1", "title property missing", wb -> wb.getProperties().getCoreProperties().setTitle(null)),
                b("A2", "language missing",
                        wb -> wb.getProperties().getCoreProperties().getUnderlyingProperties()
                                .setLanguageProperty((String) null)),
                b("A3", "creator left as Apache POI",
                        wb -> wb.getProperties().getCoreProperties().setCreator("Apache POI")),
                b("A3", "keywords missing", wb -> wb.getProperties().getCoreProperties().setKeywords(null)),
                b("A4", "active sheet is Table_1", wb -> wb.setActiveSheet(3)),
                b("A4", "two sheets selected", wb -> wb.getSheet("Table_1").setSelected(true)),
                b("A4", "active cell C5", wb -> wb.getSheet("Table_1").setActiveCell(new CellAddress("C5"))),
                b("A5", "zoom 150", wb -> wb.getSheet("Table_1").setZoom(150)),
                b("A6", "macro-enabled workbook type", wb -> wb.setWorkbookType(XSSFWorkbookType.XLSM)),
                b("A7", "formula in a data cell", wb -> cell(wb, "Table_1", "E6").setCellFormula("1000+234")),
                b("A8", "hidden chart sheet", wb -> wb.setSheetHidden(4, true)),
                b("A9", "blank A1 on the chart sheet", wb -> {
                    XSSFCell a1 = cell(wb, "Chart_1", "A1");
                    a1.getRow().removeCell(a1);
                }),
                b("A9", "blank sheet at the end", wb -> wb.createSheet("Table_2")),
                b("A11", "text longer than 32,767 characters", wb -> {
                    // setCellValue refuses long text, so write the shared string index directly
                    int index = wb.getSharedStringSource().addSharedStringItem(
                            new XSSFRichTextString("x".repeat(33_000)));
                    cell(wb, "Cover", "A3").getCTCell().setV(Integer.toString(index));
                }));
    }

    private static List<Breakage> rulesB() {
        return List.of(
                b("B1", "notes sheet moved to the end", wb -> wb.setSheetOrder("Notes", 4)),
                b("B2", "space in a sheet name", wb -> wb.setSheetName(4, "Chart 1")),
                b("B2", "default sheet name", wb -> wb.setSheetName(4, "Sheet5")),
                b("B3", "second table on a table sheet", wb -> {
                    XSSFSheet sheet = wb.getSheet("Table_1");
                    cell(wb, "Table_1", "H5").setCellValue("Extra");
                    cell(wb, "Table_1", "H6").setCellValue("value");
                    XSSFTable extra = sheet.createTable(new AreaReference("H5:H6", SpreadsheetVersion.EXCEL2007));
                    extra.setName("table_1_extra");
                    extra.setDisplayName("table_1_extra");
                }),
                b("B4", "contents lists a sheet that does not exist", wb -> set(wb, "Contents", "A5", "Chart_2")));
    }

    private static List<Breakage> rulesC() {
        return List.of(
                b("C1", "cover title without geography or year", wb -> set(wb, "Cover", "A1", "Ratings report")),
                b("C2", "cover text in column B", wb -> {
                    XSSFCell b3 = cell(wb, "Cover", "B3");
                    b3.setCellValue("Stray paragraph");
                    b3.setCellStyle(cell(wb, "Cover", "A3").getCellStyle());
                }),
                b("C2", "cover column too narrow", wb -> wb.getSheet("Cover").setColumnWidth(0, 30 * 256)),
                b("C2", "cover text not wrapped", wb -> restyle(wb, "Cover", "A3", s -> s.setWrapText(false))),
                b("C3", "sub-heading in body style", wb -> cell(wb, "Cover", "A2")
                        .setCellStyle(cell(wb, "Cover", "A3").getCellStyle())),
                b("C4", "no 'Next update' section", wb -> set(wb, "Cover", "A9", "Future releases")),
                b("C5", "link text 'click here'", wb -> set(wb, "Cover", "A6", "Click here")),
                b("C5", "link text is a bare URL", wb -> set(wb, "Cover", "A6", "https://www.gov.uk/ofsted")),
                b("C5", "link not underlined", wb -> cell(wb, "Cover", "A6")
                        .setCellStyle(cell(wb, "Cover", "A3").getCellStyle())));
    }

    private static List<Breakage> rulesD() {
        return List.of(
                b("D1", "contents A1 is not 'Contents'", wb -> set(wb, "Contents", "A1", "Sheets")),
                b("D2", "contents header 'Description'", wb -> set(wb, "Contents", "B3", "Description")),
                b("D2", "contents not a table", wb -> wb.getSheet("Contents")
                        .removeTable(wb.getSheet("Contents").getTables().get(0))),
                b("D3", "contents link points to another sheet", wb -> cell(wb, "Contents", "A4").getHyperlink()
                        .setAddress("'Notes'!A1")),
                b("D3", "contents sheet name not linked", wb -> cell(wb, "Contents", "A5").removeHyperlink()),
                b("D4", "description differs from the title", wb -> set(wb, "Contents", "B4", "Table 1: Other")));
    }

    private static List<Breakage> rulesE() {
        return List.of(
                b("E1", "notes header 'Text'", wb -> set(wb, "Notes", "B3", "Text")),
                b("E2", "note id without brackets", wb -> set(wb, "Notes", "A4", "Note 1")),
                b("E2", "superscript note marker", wb -> {
                    String title = GoodWorkbook.TABLE_TITLE + " 1";
                    XSSFRichTextString rich = new XSSFRichTextString(title);
                    XSSFFont superscript = font(wb, cell(wb, "Table_1", "A1").getCellStyle().getFont());
                    superscript.setTypeOffset(Font.SS_SUPER);
                    rich.applyFont(title.length() - 1, title.length(), superscript);
                    cell(wb, "Table_1", "A1").setCellValue(rich);
                }),
                b("E2", "dagger as a note marker", wb -> set(wb, "Table_1", "A1", GoodWorkbook.TABLE_TITLE + "\u2020")),
                b("E2", "asterisk as a note marker", wb -> set(wb, "Table_1", "A1", GoodWorkbook.TABLE_TITLE + "*")),
                b("E3", "first note is numbered 2", wb -> {
                    set(wb, "Table_1", "A1", GoodWorkbook.TABLE_TITLE + " [note 2]");
                    set(wb, "Notes", "A4", "[note 2]");
                }),
                b("E4", "listed note never used, used note not listed", wb -> set(wb, "Notes", "A4", "[note 3]")),
                b("E5", "note marker in a numeric data cell", wb -> set(wb, "Table_1", "F6", "12.5 [note 1]")));
    }

    private static List<Breakage> rulesF() {
        return List.of(
                b("F1", "table title not numbered", wb -> set(wb, "Table_1", "A1", "Judgements by local authority")),
                b("F1", "table title in body style", wb -> cell(wb, "Table_1", "A1")
                        .setCellStyle(cell(wb, "Table_1", "A2").getCellStyle())),
                b("F2", "A2 does not describe the sheet", wb -> set(wb, "Table_1", "A2", "Contains one table.")),
                b("F2", "number of tables as a digit", wb -> set(wb, "Table_1", "A2",
                        "This worksheet contains 1 table.")),
                b("F3", "[x] used but not explained", wb -> set(wb, "Table_1", "A3", "Figures are rounded.")),
                b("F4", "text below the table", wb -> {
                    XSSFCell a10 = cell(wb, "Table_1", "A10");
                    a10.setCellValue("Footnote below the table.");
                    a10.setCellStyle(cell(wb, "Table_1", "A2").getCellStyle());
                }),
                b("F5", "table starts in column B", wb -> table1(wb)
                        .setArea(new AreaReference("B5:G8", SpreadsheetVersion.EXCEL2007))),
                b("F6", "blank row above the table", wb -> {
                    XSSFCell a4 = cell(wb, "Table_1", "A4");
                    a4.getRow().removeCell(a4);
                }));
    }

    private static List<Breakage> rulesG() {
        return List.of(
                b("G1", "totals row", wb -> table1(wb).getCTTable().setTotalsRowCount(1)),
                b("G1", "no header row", wb -> table1(wb).getCTTable().setHeaderRowCount(0)),
                b("G1", "table sheet without a table", wb -> wb.getSheet("Table_1").removeTable(table1(wb))),
                b("G2", "default table name", wb -> {
                    table1(wb).setName("Table1");
                    table1(wb).setDisplayName("Table1");
                }),
                b("G3", "table with filter buttons", wb -> table1(wb).getCTTable().addNewAutoFilter().setRef("A5:F8")),
                b("G3", "banded table style", wb -> {
                    table1(wb).setStyleName("TableStyleMedium2");
                    table1(wb).getCTTable().getTableStyleInfo().setShowRowStripes(true);
                }),
                b("G4", "blank table header", wb -> set(wb, "Table_1", "C5", "")),
                b("G4", "numeric table header", wb -> cell(wb, "Table_1", "C5").setCellValue(2024)),
                b("G4", "duplicate table header", wb -> set(wb, "Table_1", "D5", "Local authority")),
                b("G5", "blank data row inside the table", wb -> {
                    for (int c = 0; c < 6; c++) {
                        XSSFRow row = wb.getSheet("Table_1").getRow(6);
                        row.removeCell(row.getCell(c));
                    }
                }),
                b("G6", "row-label column without header", wb -> set(wb, "Table_1", "A5", "")),
                b("G6", "code inside a name column", wb -> set(wb, "Table_1", "C6", "Camden E09000007")));
    }

    private static List<Breakage> rulesH() {
        return List.of(
                b("H1", "numeric column without unit line", wb -> set(wb, "Table_1", "F5", "Overspend share")),
                b("H1", "unit on the first header line", wb -> set(wb, "Table_1", "F5", "Overspend share (%)")),
                b("H2", "percent sign as text in a numeric column", wb -> set(wb, "Table_1", "F6", "12.5%")),
                b("H3", "upper-case shorthand", wb -> set(wb, "Table_1", "F7", "[X]")),
                b("H4", "legacy symbol '..'", wb -> set(wb, "Table_1", "F7", "..")),
                b("H5", "unexplained blank data cell", wb -> {
                    XSSFRow row = wb.getSheet("Table_1").getRow(7);
                    row.removeCell(row.getCell(5));
                }),
                b("H6", "indented row label", wb -> restyle(wb, "Table_1", "C6", s -> s.setIndention((short) 2))),
                b("H6", "row label indented with spaces", wb -> set(wb, "Table_1", "C6", "  Camden")),
                b("H7", "asterisk for significance", wb -> set(wb, "Table_1", "D6", "Good*")),
                b("H7", "confidence interval in one column", wb -> set(wb, "Table_1", "F5",
                        "Confidence interval\n(%)")),
                b("H8", "truncated year range", wb -> set(wb, "Cover", "A8", "Data for 2023-24")),
                b("H8", "quarter label", wb -> set(wb, "Cover", "A8", "Q1 2024")),
                b("H8", "month range with a dash and no digit", wb -> set(wb, "Cover", "A8", "Data for Jan-Mar")),
                b("H9", "number-like text without ignored error", wb -> set(wb, "Table_1", "C6", "123")));
    }

    private static List<Breakage> rulesI() {
        return List.of(
                b("I1", "serif font", wb -> refont(wb, "Table_1", "C6", f -> f.setFontName("Times New Roman"))),
                b("I1", "10 pt font", wb -> refont(wb, "Table_1", "C6", f -> f.setFontHeightInPoints((short) 10))),
                b("I2", "fill colour", wb -> restyle(wb, "Cover", "A3", s -> {
                    s.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                })),
                b("I2", "red font", wb -> refont(wb, "Table_1", "E6", f -> f.setColor(IndexedColors.RED.getIndex()))),
                b("I2", "conditional formatting", wb -> {
                    SheetConditionalFormatting cf = wb.getSheet("Table_1").getSheetConditionalFormatting();
                    ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.GT, "1000");
                    rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.RED.getIndex());
                    cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("E6:E8")}, rule);
                }),
                b("I3", "italic text", wb -> refont(wb, "Cover", "A3", f -> f.setItalic(true))),
                b("I3", "underline without link", wb -> refont(wb, "Cover", "A3", f -> f.setUnderline(Font.U_SINGLE))),
                b("I3", "bold number", wb -> refont(wb, "Table_1", "E6", f -> f.setBold(true))),
                b("I4", "rotated text", wb -> restyle(wb, "Table_1", "C6", s -> s.setRotation((short) 90))),
                b("I5", "top border on a data cell", wb -> restyle(wb, "Table_1", "C6",
                        s -> s.setBorderTop(BorderStyle.THIN))),
                b("I5", "bottom border outside the header", wb -> restyle(wb, "Table_1", "C6",
                        s -> s.setBorderBottom(BorderStyle.THIN))),
                b("I6", "table cell not wrapped", wb -> restyle(wb, "Table_1", "C6", s -> s.setWrapText(false))),
                b("I6", "column far too wide", wb -> wb.getSheet("Table_1").setColumnWidth(3, 200 * 256)),
                b("I6", "column too narrow", wb -> wb.getSheet("Table_1").setColumnWidth(3, 4 * 256)),
                b("I7", "number left-aligned", wb -> restyle(wb, "Table_1", "E6",
                        s -> s.setAlignment(HorizontalAlignment.LEFT))),
                b("I8", "4-digit number without separator", wb -> restyle(wb, "Table_1", "E6",
                        s -> s.setDataFormat(wb.createDataFormat().getFormat("0")))),
                b("I8", "mixed decimal places in a column", wb -> restyle(wb, "Table_1", "F6",
                        s -> s.setDataFormat(wb.createDataFormat().getFormat("0.00")))));
    }

    private static List<Breakage> rulesJ() {
        return List.of(
                b("J1", "merged cells",
                        wb -> wb.getSheet("Table_1").addMergedRegion(CellRangeAddress.valueOf("A1:B1"))),
                b("J2", "hidden column", wb -> wb.getSheet("Table_1").setColumnHidden(3, true)),
                b("J2", "hidden row", wb -> wb.getSheet("Table_1").getRow(2).setZeroHeight(true)),
                b("J3", "freeze panes", wb -> wb.getSheet("Table_1").createFreezePane(0, 5)),
                b("J4", "sheet auto-filter",
                        wb -> wb.getSheet("Table_1").setAutoFilter(CellRangeAddress.valueOf("A5:F8"))),
                b("J5", "page header text", wb -> wb.getSheet("Table_1").getHeader().setCenter("Official statistics")),
                b("J5", "page header says more than the title", wb -> wb.getSheet("Table_1").getHeader()
                        .setCenter(GoodWorkbook.TABLE_TITLE + " (provisional)")),
                b("J5", "title in the header of another sheet", wb -> wb.getSheet("Notes").getHeader()
                        .setCenter(GoodWorkbook.TABLE_TITLE)),
                b("J5", "page footer with a date", wb -> wb.getSheet("Table_1").getFooter()
                        .setCenter("Page &P of &N, published 1 December 2026")),
                b("J6", "logo picture on the cover", wb -> {
                    int index = wb.addPicture(Base64.getDecoder().decode(PNG_BASE64), Workbook.PICTURE_TYPE_PNG);
                    XSSFDrawing drawing = wb.getSheet("Cover").createDrawingPatriarch();
                    drawing.createPicture(drawing.createAnchor(0, 0, 0, 0, 1, 1, 3, 5), index);
                }),
                b("J6", "text box on the cover", wb -> {
                    XSSFDrawing drawing = wb.getSheet("Cover").createDrawingPatriarch();
                    drawing.createTextbox(drawing.createAnchor(0, 0, 0, 0, 1, 1, 3, 5)).setText("Draft");
                }),
                b("J7", "cell comment", wb -> {
                    XSSFDrawing drawing = wb.getSheet("Table_1").createDrawingPatriarch();
                    XSSFComment comment = drawing.createCellComment(drawing.createAnchor(0, 0, 0, 0, 7, 5, 9, 8));
                    comment.setString(new XSSFRichTextString("check this"));
                    cell(wb, "Table_1", "C6").setCellComment(comment);
                }),
                b("J8", "data validation dropdown", wb -> {
                    XSSFSheet sheet = wb.getSheet("Table_1");
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    sheet.addValidationData(helper.createValidation(
                            helper.createExplicitListConstraint(new String[] {"Good", "Outstanding"}),
                            new CellRangeAddressList(5, 7, 3, 3)));
                }));
    }

    private static List<Breakage> rulesK() {
        return List.of(
                b("K1", "chart on the table sheet", wb -> GoodWorkbook.addChart(wb.getSheet("Table_1"),
                        wb.getSheet("Table_1"), CellRangeAddress.valueOf("E6:E8"))),
                b("K1", "chart sheet without a Chart title", wb -> set(wb, "Chart_1", "A1", "Overspend chart")),
                b("K1", "chart sheet A2 does not say what the sheet contains", wb -> set(wb, "Chart_1", "A2",
                        "Bar chart of the overspend of three local authorities.")),
                b("K2", "chart without alt text", wb -> {
                    for (XSSFChart chart : wb.getSheet("Chart_1").getDrawingPatriarch().getCharts()) {
                        chart.getGraphicFrame().getCTGraphicalObjectFrame().getNvGraphicFramePr().getCNvPr()
                                .unsetDescr();
                    }
                }),
                b("K3", "shorthand inside the charted range", wb -> set(wb, "Table_1", "E7", "[x]")));
    }

    private static Breakage b(String ruleId, String what, Consumer<XSSFWorkbook> change) {
        return new Breakage(ruleId, what, change);
    }

    static XSSFTable table1(XSSFWorkbook wb) {
        return wb.getSheet("Table_1").getTables().get(0);
    }

    static XSSFCell cell(XSSFWorkbook wb, String sheet, String ref) {
        CellReference r = new CellReference(ref);
        XSSFSheet s = wb.getSheet(sheet);
        XSSFRow row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        XSSFCell cell = row.getCell(r.getCol());
        return cell == null ? row.createCell(r.getCol()) : cell;
    }

    /** Changes the text and keeps the style, so only the text rule is broken. */
    static void set(XSSFWorkbook wb, String sheet, String ref, String value) {
        cell(wb, sheet, ref).setCellValue(value);
    }

    /** Gives one cell its own copy of its style, so other cells sharing the style stay good. */
    static void restyle(XSSFWorkbook wb, String sheet, String ref, Consumer<XSSFCellStyle> change) {
        XSSFCell cell = cell(wb, sheet, ref);
        XSSFCellStyle style = wb.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        change.accept(style);
        cell.setCellStyle(style);
    }

    static void refont(XSSFWorkbook wb, String sheet, String ref, Consumer<XSSFFont> change) {
        restyle(wb, sheet, ref, style -> {
            XSSFFont copy = font(wb, style.getFont());
            change.accept(copy);
            style.setFont(copy);
        });
    }

    private static XSSFFont font(XSSFWorkbook wb, XSSFFont from) {
        XSSFFont copy = wb.createFont();
        copy.setFontName(from.getFontName());
        copy.setFontHeight(from.getFontHeight());
        copy.setBold(from.getBold());
        copy.setItalic(from.getItalic());
        copy.setUnderline(from.getUnderline());
        return copy;
    }
}
