package org.ratingspipeline.visits;

import java.util.List;
import java.util.stream.Stream;
import org.ratingspipeline.inspection.InspectionField;
import org.ratingspipeline.source.SourceField;

/**
 * The columns of a file of Ofsted's in-year activity (monitoring and focused visits) and the header
 * names each may go by: the authority as in an inspection file, the visit's type, date and theme.
 * Columns the contract does not name (the grades of the file's inspection rows, its source sheet) are
 * ignored.
 */
public enum VisitField implements SourceField {
    LA_CODE(InspectionField.LA_CODE.headerNames()),
    NEW_LA_CODE(InspectionField.NEW_LA_CODE.headerNames()),
    LA_NAME(InspectionField.LA_NAME.headerNames()),
    OFSTED_REGION(List.of("ofsted_region", "Ofsted region")),
    FINANCIAL_YEAR(List.of("financial_year", "Financial year", "Year", "time_period")),
    VISIT_TYPE(List.of("visit_type", "Visit type", "Type of visit", "Inspection or visit type", "Event type")),
    VISIT_DATE(List.of("visit_date", "Visit date", "Date of visit", "Visit start date", "Start date")),
    PUBLICATION_DATE(InspectionField.PUBLICATION_DATE.headerNames()),
    VISIT_THEME(List.of("visit_theme", "Visit theme", "Theme", "Focus", "Visit focus"));

    private final List<String> headerNames;

    VisitField(List<String> headerNames) {
        this.headerNames = Stream.of(headerNames).flatMap(List::stream).toList();
    }

    @Override
    public List<String> headerNames() {
        return headerNames;
    }
}
