package org.ratingspipeline.report.check;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;

/**
 * H8: periods are written out ("2023 to 2024", "Jan to Mar 2020"): no quarters as "Q1 2020",
 * no truncated years, "to" rather than a dash or slash. ISO dates (2024-06-15) are left alone.
 */
public final class H8PeriodLabels extends AbstractCheck {

    /**
     * A link, blanked before the period patterns look (a link's path may hold "2019-20"). A scheme's link is
     * matched from the start of its word only: unanchored, {@code \S+://} was tried from every character of a
     * word and backtracked over the rest of it each time, so the cost grew with the square of a word's length
     * (WorkbookCheckerTest's A11 case, one word of 33,000 characters, took 12 s to check); anchored it is one pass.
     */
    private static final Pattern URL = Pattern.compile("(?<!\\S)\\S+://\\S+|www\\.\\S+");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\bQ[1-4]\\s*\\d{2,4}\\b|\\b\\d{4}\\s*Q[1-4]\\b");
    private static final Pattern YEAR_RANGE =
            Pattern.compile("\\b(19|20)\\d{2}\\s*[-\u2013\u2014/]\\s*\\d{2}(\\d{2})?\\b(?![-/]\\d)");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\s*[-\u2013\u2014]\\s*"
                    + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");

    /**
     * Every pattern needs a digit (a quarter's or a year's; {@code \d} is ASCII here) or a dash (a month range):
     * a cell with none is passed over after one scan, where the patterns and the link blanking were four.
     */
    private static final String PERIOD_NEEDS = "0123456789-\u2013\u2014";

    public H8PeriodLabels() {
        super("H8", Severity.RECOMMENDED);
    }

    @Override
    public List<Violation> check(CheckedWorkbook book) {
        Findings findings = findings();
        for (CellSnapshot cell : book.nonBlankCells()) {
            if (cell.cellType() != CellType.STRING) {
                continue;
            }
            if (!Text.containsAnyOf(cell.text(), PERIOD_NEEDS)) {
                continue;
            }
            String text = hasLink(cell.text()) ? URL.matcher(cell.text()).replaceAll(" ") : cell.text();
            if (QUARTER.matcher(text).find()) {
                findings.add(cell, "write quarters as months, e.g. 'Jan to Mar 2020', not 'Q1 2020'");
            }
            if (YEAR_RANGE.matcher(text).find()) {
                findings.add(cell, "write year ranges in full with 'to', e.g. '2023 to 2024'");
            }
            if (MONTH_RANGE.matcher(text).find()) {
                findings.add(cell, "write month ranges with 'to', e.g. 'Jan to Mar'");
            }
        }
        return findings.list();
    }

    /** What {@link #URL} needs before it can match (the pattern is case-sensitive, and so is {@code contains}). */
    private static boolean hasLink(String text) {
        return text.contains("://") || text.contains("www.");
    }
}
