package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** C1: cover A1 is the spreadsheet title and names what, where (geography) and when (a year). */
public final class C1CoverTitle extends CoverCheck {

    private static final Pattern GEOGRAPHY = Pattern.compile(
            "(?i)\\b(England|Wales|Scotland|Northern Ireland|United Kingdom|UK|Great Britain|Britain|GB"
                    + "|English regions|local authorit(y|ies)|London)\\b");
    /** Any four-digit year: a report may look back before 1900 or ahead past 2099 (as the command line allows). */
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    public C1CoverTitle() {
        super("C1", Severity.ESSENTIAL);
    }

    @Override
    protected List<Violation> checkCover(CheckedWorkbook book, XSSFSheet cover) {
        List<Violation> out = new ArrayList<>();
        CellSnapshot a1 = book.cells(cover).get(0, 0);
        if (a1 == null || a1.cellType() != CellType.STRING || a1.text().isBlank()) {
            out.add(violation(cover, "A1", "cover A1 must hold the spreadsheet title as text"));
            return out;
        }
        String title = a1.text();
        if (!GEOGRAPHY.matcher(title).find()) {
            out.add(violation(a1, "cover title names no geography (e.g. England): " + title));
        }
        if (!YEAR.matcher(title).find()) {
            out.add(violation(a1, "cover title names no period (a year): " + title));
        }
        return out;
    }
}
