package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A6: no macros. The .xlsx extension half of the rule is in {@link FileNameRule}. */
public final class A6NoMacros extends AbstractCheck {

    private static final Pattern VBA_PART = Pattern.compile("(?i).*vbaProject.*");

    public A6NoMacros() {
        super("A6", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        XSSFWorkbook workbook = book.workbook();
        List<Violation> out = new ArrayList<>();
        if (workbook.isMacroEnabled()) {
            out.add(violation("workbook content type is macro-enabled (.xlsm)"));
        }
        if (!workbook.getPackage().getPartsByName(VBA_PART).isEmpty()) {
            out.add(violation("workbook contains a VBA project"));
        }
        return out;
    }
}
