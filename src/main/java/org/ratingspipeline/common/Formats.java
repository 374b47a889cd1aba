package org.ratingspipeline.common;

import java.time.format.DateTimeFormatter;

/** Formats and codes that intake, statistics and every output share, so that none of them imports another. */
public final class Formats {

    /** A date as the workbook and the rejection messages write it: {@code 31 March 2025}. */
    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** England's ONS code, for the national rows of the workbook and the tidy files. */
    public static final String ENGLAND_CODE = "E92000001";

    private Formats() {
    }
}
