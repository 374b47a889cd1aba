package org.ratingspipeline.report.tidy;

/**
 * Text for a CSV cell that a spreadsheet program will show rather than run. Excel and LibreOffice
 * treat a cell starting with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage
 * return before one) as a formula when they open a CSV file, so an authority name or an input
 * value written as {@code =HYPERLINK(...)} could act on the reader's machine. As OWASP recommends,
 * such text is prefixed with a single quote; a reader loading the file into R or pandas sees the
 * quote, which is the price of that safety. Numbers are not text and are never prefixed, so
 * negative values stay numbers.
 */
public final class CsvText {

    /** OWASP's list, plus the full-width forms some Excel locales also evaluate. */
    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    public static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }
}
