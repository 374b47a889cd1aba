package org.ratingspipeline.inspection;

import java.util.List;
import java.util.stream.Collectors;
import org.ratingspipeline.source.HeaderMap;
import org.ratingspipeline.source.InputFileException;
import org.ratingspipeline.source.SourceFile;

/** What a header must have for the file to be an inspection-results file at all. */
public final class InspectionFile {

    private InspectionFile() {
    }

    public static void checkHeader(SourceFile file, HeaderMap<InspectionField> header) {
        String where = "The inspection results file " + file.path();
        if (!header.has(InspectionField.OVERALL)) {
            throw new InputFileException(where + " has no overall effectiveness column (expected a header named "
                    + quoted(InspectionField.OVERALL.headerNames()) + ").");
        }
        if (!header.has(InspectionField.LA_CODE) && !header.has(InspectionField.NEW_LA_CODE)
                && !header.has(InspectionField.LA_NAME)) {
            throw new InputFileException(where + " has no column that identifies the local authority (expected one of "
                    + quoted(List.of("la_code", "new_la_code", "la_name")) + " or their aliases).");
        }
        if (!header.has(InspectionField.INSPECTION_DATE) && !header.has(InspectionField.INSPECTION_START)
                && !header.has(InspectionField.INSPECTION_END) && !header.has(InspectionField.PUBLICATION_DATE)) {
            throw new InputFileException(where + " has no date column (expected inspection_date, "
                    + "inspection_start_date, inspection_end_date or publication_date).");
        }
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
