package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetView;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetViews;

/**
 * Which sheet plays which role. Cover and contents come from position (0 and 1) rather than from
 * names, so a misnamed sheet is still checked as what it is meant to be and B1/B2 report the name.
 * The notes sheet is optional, so it is recognised by name (normally at index 2).
 *
 * @param dataSheets  every sheet after Cover, Contents and Notes, in workbook order
 * @param tableSheets data sheets that are not chart sheets (a data sheet without a table is
 *                    still a table sheet, so G1 reports the missing table)
 * @param chartSheets data sheets that hold a chart and no table
 */
record WorkbookLayout(Optional<XSSFSheet> cover, Optional<XSSFSheet> contents, Optional<XSSFSheet> notes,
                      List<XSSFSheet> dataSheets, List<XSSFSheet> tableSheets, List<XSSFSheet> chartSheets) {

    static WorkbookLayout of(XSSFWorkbook workbook) {
        int count = workbook.getNumberOfSheets();
        Optional<XSSFSheet> cover = count > 0 ? Optional.of(workbook.getSheetAt(0)) : Optional.empty();
        Optional<XSSFSheet> contents = count > 1 ? Optional.of(workbook.getSheetAt(1)) : Optional.empty();
        // normally index 2; a notes sheet elsewhere is still the notes sheet (B1 reports the position)
        Optional<XSSFSheet> notes = Optional.empty();
        for (int i = 2; i < count && notes.isEmpty(); i++) {
            if (isNotesName(workbook.getSheetName(i))) {
                notes = Optional.of(workbook.getSheetAt(i));
            }
        }
        List<XSSFSheet> data = new ArrayList<>();
        List<XSSFSheet> tables = new ArrayList<>();
        List<XSSFSheet> charts = new ArrayList<>();
        for (int i = 2; i < count; i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (notes.isPresent() && notes.get() == sheet) {
                continue;
            }
            data.add(sheet);
            if (sheet.getTables().isEmpty() && !charts(sheet).isEmpty()) {
                charts.add(sheet);
            } else {
                tables.add(sheet);
            }
        }
        return new WorkbookLayout(cover, contents, notes, List.copyOf(data), List.copyOf(tables), List.copyOf(charts));
    }

    static boolean isNotesName(String name) {
        return name.toLowerCase(Locale.ROOT).contains("note");
    }

    boolean isChartSheet(XSSFSheet sheet) {
        return chartSheets.contains(sheet);
    }

    /** Charts drawn on the sheet; empty when it has no drawing. */
    static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    /** The sheet views (usually one); empty when the file has none, which Excel treats as defaults. */
    static List<CTSheetView> views(XSSFSheet sheet) {
        CTSheetViews views = sheet.getCTWorksheet().getSheetViews();
        return views == null ? List.of() : views.getSheetViewList();
    }
}
