package org.ratingspipeline.report.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * C3: the cover is broken up by sub-headings that are bold and larger than body text, and the
 * title is bold and large. A sub-heading is a cell with a known heading label or any bold cell
 * below the title.
 */
public final class C3CoverSubHeadings extends CoverCheck {

    static final Set<String> KNOWN_HEADINGS = Set.of(
            "about these data", "introductory information", "source", "sources", "published",
            "publication date", "next update", "contact", "contact details", "methodology", "quality",
            "glossary", "revisions", "rounding", "key caveats", "notes", "related publications");

    private static final double MIN_TITLE_POINTS = 14;

    public C3CoverSubHeadings() {
        super("C3", Severity.RECOMMENDED);
    }

    @Override
    protected List<Violation> checkCover(CheckedWorkbook book, XSSFSheet cover) {
        List<Violation> out = new ArrayList<>();
        CellSnapshot title = book.cells(cover).get(0, 0);
        if (title != null && !title.isBlank()) {
            FontFacts font = title.font();
            if (!font.bold() || font.points() < MIN_TITLE_POINTS) {
                out.add(violation(title, "cover title should be bold and at least " + MIN_TITLE_POINTS + " pt"));
            }
        }
        List<CellSnapshot> headings = new ArrayList<>();
        double bodyPoints = 0;
        for (CellSnapshot cell : book.cells(cover).nonBlank()) {
            if (cell.row() == 0) {
                continue;
            }
            FontFacts font = cell.font();
            if (font.bold() || isKnownHeading(cell.text())) {
                headings.add(cell);
            } else {
                bodyPoints = Math.max(bodyPoints, font.points());
            }
        }
        if (headings.isEmpty()) {
            out.add(violation(cover, "cover has no sub-headings such as 'About these data' or 'Contact'"));
        }
        for (CellSnapshot heading : headings) {
            FontFacts font = heading.font();
            if (!font.bold() || font.points() <= bodyPoints) {
                out.add(violation(heading, "sub-heading '" + heading.text()
                        + "' should be bold and larger than the body text (" + bodyPoints + " pt)"));
            }
        }
        return out;
    }

    private static boolean isKnownHeading(String text) {
        return KNOWN_HEADINGS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
