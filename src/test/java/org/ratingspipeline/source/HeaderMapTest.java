package org.ratingspipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ratingspipeline.inspection.InspectionField;

class HeaderMapTest {

    @Test
    void findsColumnsByAnyAliasIgnoringCaseSpacesAndOrder() {
        String[] header = {"URN", "Overall Effectiveness Grade", " La Code ", "LTLA23CD", "Local Authority", "Inspection Start Date",
                "Publication date", "IN_CARE grade", "Inspection Link"};
        HeaderMap<InspectionField> map = HeaderMap.match(header, InspectionField.class);
        assertThat(map.position(InspectionField.OVERALL)).contains(1);
        assertThat(map.position(InspectionField.LA_CODE)).contains(2);
        assertThat(map.position(InspectionField.NEW_LA_CODE)).contains(3);
        assertThat(map.position(InspectionField.LA_NAME)).contains(4);
        assertThat(map.position(InspectionField.INSPECTION_START)).contains(5);
        assertThat(map.position(InspectionField.PUBLICATION_DATE)).contains(6);
        assertThat(map.position(InspectionField.CHILDREN_IN_CARE)).contains(7);
        assertThat(map.has(InspectionField.FRAMEWORK)).isFalse();
        assertThat(map.unknownColumns()).containsExactly("URN", "Inspection Link");
        assertThat(map.headerText(InspectionField.LA_CODE)).isEqualTo("La Code");
    }

    @Test
    void theFirstOfTwoColumnsWithTheSameMeaningWins() {
        HeaderMap<InspectionField> map = HeaderMap.match(new String[] {"la_code", "LA number", "overall"}, InspectionField.class);
        assertThat(map.position(InspectionField.LA_CODE)).contains(0);
        assertThat(map.unknownColumns()).containsExactly("LA number");
    }

    @Test
    void normalisesPunctuationAndCase() {
        assertThat(HeaderMap.normalise("  Leadership, management_and-Governance ")).isEqualTo("leadership management and governance");
    }
}
