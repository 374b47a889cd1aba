package org.ratingspipeline.report.tidy;

/** The EES geographic levels our data come at, with the label the {@code geographic_level} column carries. */
public enum GeographicLevel {
    NATIONAL("National"),
    REGIONAL("Regional"),
    LOCAL_AUTHORITY("Local authority");

    private final String label;

    GeographicLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
