package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;

/**
 * G4: header cells are non-blank, unique strings identical to the table's column names.
 * Any mismatch makes Excel "repair" the file and drop the table (the usual cause of A12).
 */
public final class G4HeadersMatchColumns extends AbstractCheck {

    public G4HeadersMatchColumns() {
        super("G4", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        for (TableView table : TableView.inWorkbook(book)) {
            List<XSSFTableColumn> columns = table.table().getColumns();
            if (columns.size() != table.columnCount()) {
                out.add(violation(table.sheet(), "table " + table.name() + " declares " + columns.size()
                        + " columns but its area is " + table.columnCount() + " wide"));
            }
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < Math.min(columns.size(), table.columnCount()); c++) {
                check(table, c, columns.get(c).getName(), seen, out);
            }
        }
        return out;
    }

    private void check(TableView table, int column, String columnName, Set<String> seen, List<Violation> out) {
        String ref = table.ref(table.headerRow(), column);
        CellSnapshot cell = table.headerCell(column);
        if (cell == null || cell.isBlank()) {
            out.add(violation(table.sheet(), ref, "header cell is blank (table column name '" + columnName + "')"));
            return;
        }
        if (cell.cellType() != CellType.STRING) {
            out.add(violation(cell, "header cell is " + cell.cellType() + ", not text"));
        }
        // POI writes line breaks in column names as the OOXML escape _x000a_
        String expected = cell.text().replace("\n", "_x000a_").replace("\r", "_x000d_");
        if (!expected.equals(columnName)) {
            out.add(violation(cell, "header '" + expected + "' differs from table column name '" + columnName + "'"));
        }
        if (columnName != null && !seen.add(columnName.toLowerCase(Locale.ROOT))) {
            out.add(violation(cell, "column name '" + columnName + "' is not unique in table " + table.name()));
        }
    }
}
