package org.ratingspipeline.inspection;

import java.util.EnumSet;
import java.util.Set;

/** What a grade is about: overall effectiveness or one of the framework's judgement areas. */
public enum JudgementArea {
    OVERALL("overall_effectiveness", "Overall effectiveness", EnumSet.of(Framework.SIF, Framework.ILACS)),
    IMPACT_OF_LEADERS("impact_of_leaders", "Impact of leaders on social work practice", EnumSet.of(Framework.ILACS)),
    HELP_AND_PROTECTION("help_and_protection", "Children who need help and protection",
            EnumSet.of(Framework.SIF, Framework.ILACS)),
    CHILDREN_IN_CARE("children_in_care", "Children in care", EnumSet.of(Framework.ILACS)),
    CARE_LEAVERS("care_leavers", "Care leavers", EnumSet.of(Framework.SIF, Framework.ILACS)),
    LOOKED_AFTER("looked_after", "Children looked after and achieving permanence", EnumSet.of(Framework.SIF)),
    ADOPTION("adoption", "Adoption performance", EnumSet.of(Framework.SIF)),
    LEADERSHIP("leadership", "Leadership, management and governance", EnumSet.of(Framework.SIF));

    private final String column;
    private final String label;
    private final Set<Framework> frameworks;

    JudgementArea(String column, String label, Set<Framework> frameworks) {
        this.column = column;
        this.label = label;
        this.frameworks = frameworks;
    }

    /** The column name in the store and in tidy CSV. */
    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public boolean partOf(Framework framework) {
        return frameworks.contains(framework);
    }
}
