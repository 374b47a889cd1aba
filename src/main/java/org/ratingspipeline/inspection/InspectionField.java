package org.ratingspipeline.inspection;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ratingspipeline.source.SourceField;

/** The columns of an inspection-results file and the header names each may go by (shared README). */
public enum InspectionField implements SourceField {
    LA_CODE("la_code", "old_la_code", "LA code", "La Code", "LA number", "old LA code"),
    NEW_LA_CODE("new_la_code", "ONS code", "LA ONS code", "GSS code", "LTLA23CD"),
    LA_NAME("la_name", "Local authority", "LA name", "Local authority name"),
    REGION("region", "Region", "Government office region", "region_name"),
    FRAMEWORK("framework", "Inspection framework"),
    INSPECTION_TYPE("inspection_type", "Inspection type"),
    INSPECTION_DATE("inspection_date", "Inspection date"),
    INSPECTION_START("inspection_start_date", "Inspection start date"),
    INSPECTION_END("inspection_end_date", "Inspection end date"),
    PUBLICATION_DATE("publication_date", "Publication date", "Date published"),
    OVERALL("overall_effectiveness", "Overall effectiveness", "Overall effectiveness grade", "Overall"),
    IMPACT_OF_LEADERS("impact_of_leaders", "Impact of leaders grade",
            "The impact of leaders on social work practice with children and families"),
    HELP_AND_PROTECTION("help_and_protection", "Help and protection grade", "Children who need help and protection",
            "The experiences and progress of children who need help and protection"),
    CHILDREN_IN_CARE("children_in_care", "In care grade", "The experiences and progress of children in care"),
    CARE_LEAVERS("care_leavers", "Care leavers grade", "Experiences and progress of care leavers"),
    LOOKED_AFTER("looked_after", "Children looked after and achieving permanence"),
    ADOPTION("adoption", "Adoption performance"),
    LEADERSHIP("leadership", "Leadership, management and governance");

    private final List<String> headerNames;

    InspectionField(String column, String... aliases) {
        this.headerNames = Stream.concat(Stream.of(column), Arrays.stream(aliases)).toList();
    }

    @Override
    public List<String> headerNames() {
        return headerNames;
    }

    /** The field that carries a judgement area's grade. */
    public static InspectionField of(JudgementArea area) {
        return valueOf(area.name());
    }
}
