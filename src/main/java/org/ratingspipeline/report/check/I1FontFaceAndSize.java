package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** I1: every visible text uses a sans-serif font of at least 12 pt (cell fonts and rich-text runs). */
public final class I1FontFaceAndSize extends AbstractCheck {

    public static final Set<String> DEFAULT_FONTS = Set.of("arial", "calibri", "helvetica", "liberation sans",
            "verdana", "tahoma", "segoe ui");
    static final double MIN_POINTS = 12;

    public I1FontFaceAndSize() {
        super("I1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(XSSFWorkbook workbook) {
        Findings findings = findings();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            for (XSSFCell cell : Cells.nonBlank(workbook.getSheetAt(i))) {
                XSSFFont font = Cells.font(cell);
                checkName(findings, cell, font.getFontName());
                checkSize(findings, cell, Cells.points(font));
                for (XSSFFont run : Cells.runFonts(cell)) {
                    if (Cells.runSetsName(run)) {
                        checkName(findings, cell, run.getFontName());
                    }
                    if (Cells.runSetsSize(run)) {
                        checkSize(findings, cell, Cells.points(run));
                    }
                }
            }
        }
        return findings.list();
    }

    private static void checkName(Findings findings, XSSFCell cell, String name) {
        if (name == null || !DEFAULT_FONTS.contains(name.strip().toLowerCase(Locale.ROOT))) {
            findings.add(cell, "font '" + name + "' is not one of the allowed sans-serif fonts");
        }
    }

    private static void checkSize(Findings findings, XSSFCell cell, double points) {
        if (points < MIN_POINTS) {
            findings.add(cell, "font size " + points + " pt is below " + MIN_POINTS + " pt");
        }
    }
}
