package org.ratingspipeline.report.workbook;

import java.util.List;
import org.ratingspipeline.report.Cover;

/**
 * Keeps each link on the cover to one line. LibreOffice does not wrap the text of a cell that
 * holds a hyperlink (it shows the first line and cuts the rest off, on screen and on paper), so a
 * link whose text needs more than one line is written as that text in a paragraph of its own,
 * followed by a link named by the text's first clauses: "Web page: DfE register of local authorities".
 */
final class CoverLinks {

    private static final String WEB_PAGE = " (web page)";
    private static final String LABEL = "Web page: ";

    private CoverLinks() {
    }

    /**
     * The line itself if its text fits on one line of the column, else a paragraph and a short link.
     *
     * @param points the text's size
     */
    static List<Cover.Line> fitted(Cover.Line line, double columnUnits, double points) {
        if (line.url() == null || fits(line.text(), columnUnits, points)) {
            return List.of(line);
        }
        String text = line.text().endsWith(WEB_PAGE)
                ? line.text().substring(0, line.text().length() - WEB_PAGE.length()) : line.text();
        return List.of(Cover.Line.of(text.endsWith(".") ? text : text + "."),
                Cover.Line.link(LABEL + label(text, columnUnits, points), line.url()));
    }

    /** The longest run of the text's leading clauses (cut at a comma, colon or bracket) that fits the line. */
    private static String label(String text, double columnUnits, double points) {
        String best = text.split(" ")[0];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ':' || c == ';' || c == '(') && i > 0) {
                String clause = text.substring(0, i).strip();
                if (!fits(LABEL + clause, columnUnits, points)) {
                    break;
                }
                best = clause;
            }
        }
        return best;
    }

    private static boolean fits(String text, double columnUnits, double points) {
        return TextFit.lines(text, columnUnits, points, false) == 1;
    }
}
