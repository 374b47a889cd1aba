package org.ratingspipeline.report.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rule A10 (and the extension half of A6). Not a {@link WorkbookCheck}: the name is decided
 * before the file is written and is not part of the workbook, so callers check the target path.
 */
public final class FileNameRule {

    public static final String RULE_ID = "A10";

    /** AF guidance: about 60 characters or fewer. */
    static final int RECOMMENDED_MAX_LENGTH = 60;

    /** ONS: Excel cannot open paths of 218 characters or more. */
    static final int HARD_MAX_LENGTH = 217;

    private static final Pattern DATE = Pattern.compile("(19|20)\\d{2}|\\d{1,2}[-.]\\d{1,2}[-.]\\d{2,4}");
    private static final Pattern VERSION = Pattern.compile("(?i)(^|[-_ ])(final|draft|v\\d+|version\\d*)($|[-_ .])");
    private static final Pattern ALLOWED = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private FileNameRule() {
    }

    /** Violations of A10 for a file name (a path is reduced to its last element). */
    public static List<Violation> check(String fileName) {
        List<Violation> out = new ArrayList<>();
        String name = Path.of(fileName).getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            out.add(violation(name, "file name should end in .xlsx (no macros, not .xlsm or .xls)"));
        }
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!base.equals(base.toLowerCase(Locale.ROOT))) {
            out.add(violation(name, "file name should be lower case"));
        }
        if (base.contains(" ") || base.contains("_")) {
            out.add(violation(name, "file name should use dashes, not spaces or underscores"));
        }
        if (!ALLOWED.matcher(base.toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-')).matches()) {
            out.add(violation(name, "file name should contain only letters, digits and single dashes"));
        }
        if (DATE.matcher(base).find()) {
            out.add(violation(name, "file name should not contain a date or year (keep it stable between releases)"));
        }
        if (VERSION.matcher(base).find()) {
            out.add(violation(name, "file name should not contain 'final', 'draft' or a version number"));
        }
        if (name.length() > HARD_MAX_LENGTH) {
            out.add(violation(name, "file name has " + name.length() + " characters; Excel fails at 218"));
        } else if (name.length() > RECOMMENDED_MAX_LENGTH) {
            out.add(violation(name, "file name has " + name.length() + " characters; keep it to about "
                    + RECOMMENDED_MAX_LENGTH));
        }
        return out;
    }

    private static Violation violation(String name, String message) {
        return new Violation(RULE_ID, Severity.RECOMMENDED, null, null, message + ": " + name);
    }
}
