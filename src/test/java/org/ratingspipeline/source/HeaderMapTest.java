package org.ratingspipeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ratingspipeline.inspection.InspectionField;

class HeaderMapTest {

    @Test
    void findsColumnsByAnyAliasIgnoringCaseSpacesAndOrder() {
        String[] header = {"URN", "Overall Effectiveness Grade", " La Code ", "LTLA23CD", "Local Authority",
                "Inspection Start Date",
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
    void twoColumnsForOneFieldAreRecordedWithBothHeadersAndPositions() {
        String[] header = {"la_code", "Overall effectiveness", "LA number", "URN", "overall_effectiveness_grade"};
        HeaderMap<InspectionField> map = HeaderMap.match(header, InspectionField.class);
        assertThat(map.position(InspectionField.LA_CODE)).contains(0);
        assertThat(map.unknownColumns()).containsExactly("URN");
        assertThat(map.duplicates()).extracting(HeaderMap.Duplicate::describe).containsExactly(
                "two columns for la_code: 'la_code' (column 1) and 'LA number' (column 3)",
                "two columns for overall_effectiveness: 'Overall effectiveness' (column 2) and "
                        + "'overall_effectiveness_grade' (column 5)");
    }

    @Test
    void aHeaderWithEachFieldOnceHasNoDuplicates() {
        String[] header = {"la_code", "new_la_code", "overall"};
        HeaderMap<InspectionField> map = HeaderMap.match(header, InspectionField.class);
        assertThat(map.duplicates()).isEmpty();
    }

    @Test
    void normalisesPunctuationAndCase() {
        assertThat(HeaderMap.normalise("  Leadership, management_and-Governance ")).isEqualTo("leadership management "
                + "and governance");
    }
}
