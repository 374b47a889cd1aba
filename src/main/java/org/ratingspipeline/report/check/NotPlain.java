package org.ratingspipeline.report.check;

/**
 * A written workbook holds something the check's fast reading of cells does not read ({@link WorksheetXml}): a
 * formula, an inline or rich-text string, a comment among the cells. The file is then checked through POI's own
 * model, as every file was before the fast reading. Never leaves this package.
 */
final class NotPlain extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotPlain(String what) {
        super(what, null, false, false);
    }
}
