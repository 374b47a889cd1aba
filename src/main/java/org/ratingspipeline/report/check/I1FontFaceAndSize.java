package org.ratingspipeline.report.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** I1: every visible text uses a sans-serif font of at least 12 pt (cell fonts and rich-text runs). */
public final class I1FontFaceAndSize extends AbstractCheck {

    public static final Set<String> DEFAULT_FONTS = Set.of("arial", "calibri", "helvetica", "liberation sans",
            "verdana", "tahoma", "segoe ui");
    static final double MIN_POINTS = 12;

    public I1FontFaceAndSize() {
        super("I1", Severity.ESSENTIAL);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (CellSnapshot cell : book.nonBlankCells()) {
            FontFacts font = cell.font();
            checkName(findings, cell, font.name());
            checkSize(findings, cell, font.points());
            // a run font only overrides the cell font's face or size when it says so
            for (FontFacts run : cell.runFonts()) {
                if (run.statesName()) {
                    checkName(findings, cell, run.name());
                }
                if (run.statesSize()) {
                    checkSize(findings, cell, run.points());
                }
            }
        }
        return findings.list();
    }

    private static void checkName(Findings findings, CellSnapshot cell, String name) {
        if (name == null || !DEFAULT_FONTS.contains(name.strip().toLowerCase(Locale.ROOT))) {
            findings.add(cell, "font '" + name + "' is not one of the allowed sans-serif fonts");
        }
    }

    private static void checkSize(Findings findings, CellSnapshot cell, double points) {
        if (points < MIN_POINTS) {
            findings.add(cell, "font size " + points + " pt is below " + MIN_POINTS + " pt");
        }
    }
}
