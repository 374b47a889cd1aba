package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/** G2: table names are meaningful and valid: not "Table1", not a cell reference, unique. */
public final class G2TableNames extends AbstractCheck {

    private static final Pattern VALID = Pattern.compile("^[A-Za-z_\\\\][A-Za-z0-9_.]*$");
    private static final Pattern DEFAULT = Pattern.compile("(?i)^table\\d+$");
    private static final Pattern CELL_REFERENCE = Pattern.compile("(?i)^([a-z]{1,3}\\d+|r\\d*c\\d*|r|c)$");

    public G2TableNames() {
        super("G2", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XSSFSheet sheet : book.sheets()) {
            for (XSSFTable table : sheet.getTables()) {
                String name = table.getName() == null ? "" : table.getName();
                if (!VALID.matcher(name).matches()) {
                    out.add(violation(sheet, "table name '" + name + "' is not a valid Excel table name"));
                }
                if (DEFAULT.matcher(name).matches()) {
                    out.add(violation(sheet, "table keeps a default name '" + name + "'; name it after its content"));
                }
                if (CELL_REFERENCE.matcher(name).matches()) {
                    out.add(violation(sheet, "table name '" + name + "' looks like a cell reference"));
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    out.add(violation(sheet, "table name '" + name + "' is used twice in the workbook"));
                }
                if (!name.equals(table.getDisplayName())) {
                    out.add(violation(sheet, "table display name '" + table.getDisplayName()
                            + "' differs from its name '" + name + "'"));
                }
            }
        }
        return out;
    }
}
