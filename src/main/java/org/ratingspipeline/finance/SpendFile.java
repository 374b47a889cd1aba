package org.ratingspipeline.finance;

import org.ratingspipeline.source.HeaderMap;
import org.ratingspipeline.source.InputFileException;
import org.ratingspipeline.source.SourceFile;

/** What a header must have for the file to be a spend file at all. */
public final class SpendFile {

    /** What the file is, in messages and in the reader's saved position. */
    public static final String DESCRIPTION = "children's social care spend";

    private SpendFile() {
    }

    public static void checkHeader(SourceFile file, HeaderMap<SpendField> header) {
        String where = "The " + DESCRIPTION + " file " + file.path();
        if (!header.has(SpendField.LA_CODE) && !header.has(SpendField.NEW_LA_CODE) && !header.has(SpendField.LA_NAME)) {
            throw new InputFileException(where + " has no column that identifies the local authority (expected one of "
                    + "'la_code', 'new_la_code', 'la_name' or their aliases).");
        }
        if (!header.has(SpendField.FINANCIAL_YEAR)) {
            throw new InputFileException(where + " has no financial year column (expected a header named "
                    + "'financial_year', 'Year' or 'time_period').");
        }
        boolean budgetAndOutturn = header.has(SpendField.BUDGET) && header.has(SpendField.OUTTURN);
        if (!budgetAndOutturn && !header.has(SpendField.OVERSPEND)) {
            throw new InputFileException(where + " has no budget and outturn columns (expected 'budget_gbp' and "
                    + "'outturn_gbp', 'Budget' and 'Outturn', or 'overspend_gbp').");
        }
    }
}
