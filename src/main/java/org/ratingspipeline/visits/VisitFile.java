package org.ratingspipeline.visits;

import org.ratingspipeline.source.HeaderMap;
import org.ratingspipeline.source.InputFileException;
import org.ratingspipeline.source.SourceFile;

/** What a header must have for the file to be a file of Ofsted's visits at all. */
public final class VisitFile {

    /** What the file is, in messages and in the reader's saved position. */
    public static final String DESCRIPTION = "Ofsted visits";

    private VisitFile() {
    }

    public static void checkHeader(SourceFile file, HeaderMap<VisitField> header) {
        String where = "The " + DESCRIPTION + " file " + file.path();
        if (!header.has(VisitField.LA_CODE) && !header.has(VisitField.NEW_LA_CODE) && !header.has(VisitField.LA_NAME)) {
            throw new InputFileException(where + " has no column that identifies the local authority (expected one of "
                    + "'la_code', 'new_la_code', 'la_name' or their aliases).");
        }
        if (!header.has(VisitField.VISIT_TYPE)) {
            throw new InputFileException(where + " has no visit type column (expected a header named 'visit_type' or "
                    + "'Visit type').");
        }
        if (!header.has(VisitField.VISIT_DATE) && !header.has(VisitField.PUBLICATION_DATE)) {
            throw new InputFileException(where + " has no date column (expected 'visit_date' or 'publication_date').");
        }
    }
}
