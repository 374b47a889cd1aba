package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** B2: sheet names are unique, short and safe; house rule (from aftables) {@code ^[A-Za-z][A-Za-z0-9_]{0,30}$}. */
public final class B2SheetNames extends AbstractCheck {

    private static final int MAX_LENGTH = 31;
    private static final Pattern FORBIDDEN = Pattern.compile("[:\\\\/?*\\[\\]]");
    private static final Pattern HOUSE = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,30}$");
    private static final Pattern DEFAULT_NAME = Pattern.compile("(?i)^sheet\\d*$");

    public B2SheetNames() {
        super("B2", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        List<Violation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XSSFSheet sheet : book.sheets()) {
            String name = sheet.getSheetName();
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(violation(sheet, "sheet name is not unique (case-insensitive): " + name));
            }
            if (!name.equals(name.strip())) {
                out.add(violation(sheet, "sheet name has leading or trailing spaces: '" + name + "'"));
            }
            if (name.length() > MAX_LENGTH) {
                out.add(violation(sheet, "sheet name is longer than " + MAX_LENGTH + " characters"));
            }
            if (FORBIDDEN.matcher(name).find()) {
                out.add(violation(sheet, "sheet name contains one of : \\ / ? * [ ]"));
            }
            if (DEFAULT_NAME.matcher(name).matches()) {
                out.add(violation(sheet, "sheet keeps a default name; give it a descriptive one"));
            }
            if (!HOUSE.matcher(name).matches()) {
                out.add(violation(sheet, "sheet name '" + name
                        + "' should start with a letter and contain only letters, digits and underscores"));
            }
        }
        return out;
    }
}
