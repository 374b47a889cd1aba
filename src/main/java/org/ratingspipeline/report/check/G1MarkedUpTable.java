package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** G1: each table sheet holds an Excel table with exactly one header row and no totals row. */
public final class G1MarkedUpTable extends AbstractCheck {

    public G1MarkedUpTable() {
        super("G1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        for (XSSFSheet sheet : book.layout().tableSheets()) {
            if (sheet.getTables().isEmpty()) {
                out.add(violation(sheet, "sheet has no marked-up Excel table"));
            }
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            for (XSSFTable table : sheet.getTables()) {
                if (table.getStartCellReference() == null || table.getEndCellReference() == null) {
                    out.add(violation(sheet, "table " + table.getName() + " has no valid area"));
                    continue;
                }
                if (table.getHeaderRowCount() != 1) {
                    out.add(violation(sheet, "table " + table.getName() + " has " + table.getHeaderRowCount()
                            + " header rows; it needs exactly one"));
                }
                if (table.getTotalsRowCount() != 0) {
                    out.add(violation(sheet, "table " + table.getName() + " has a totals row"));
                }
            }
        }
        return out;
    }
}
