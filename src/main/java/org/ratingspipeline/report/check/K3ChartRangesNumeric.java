package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * K3: a chart's value ranges hold numbers only; Excel plots shorthand such as [x] as 0, which
 * misstates the data. Essential for the same reason as K1.
 */
public final class K3ChartRangesNumeric extends AbstractCheck {

    public K3ChartRangesNumeric() {
        super("K3", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (XSSFChart chart : WorkbookLayout.charts(sheet)) {
                for (ChartRefs.SeriesRange range : ChartRefs.ranges(chart)) {
                    if (range.values()) {
                        check(book, sheet, range, out);
                    }
                }
            }
        }
        return out;
    }

    private void check(CheckedWorkbook book, XSSFSheet chartSheet, ChartRefs.SeriesRange range,
                       List<Violation> out) {
        XSSFSheet source = range.sheetName() == null ? null : book.workbook().getSheet(range.sheetName());
        if (source == null) {
            out.add(violation(chartSheet, "cannot resolve chart value range " + range.formula()));
            return;
        }
        SheetCells sourceCells = book.cells(source);
        for (CellReference ref : range.area().getAllReferencedCells()) {
            CellSnapshot cell = sourceCells.get(ref.getRow(), ref.getCol());
            if (cell == null || cell.valueType() != CellType.NUMERIC) {
                out.add(violation(chartSheet, "chart value range " + range.formula() + " includes non-numeric "
                        + source.getSheetName() + "!" + Cells.ref(ref.getRow(), ref.getCol())
                        + " '" + (cell == null ? "" : cell.text()) + "'"));
            }
        }
    }
}
