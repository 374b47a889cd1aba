package org.ratingspipeline.inspection;

import java.time.LocalDate;

/**
 * The arrangements an inspection was made under, as a time series must tell them apart: the
 * single inspection framework, ILACS, and ILACS from April 2026, which gives no overall
 * effectiveness judgement. Each change is a break in the series.
 */
public enum InspectionEra {
    SIF("SIF"),
    ILACS("ILACS"),
    ILACS_2026("ILACS from April 2026");

    private final String label;

    InspectionEra(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static InspectionEra of(Framework framework, LocalDate inspected) {
        if (framework == Framework.SIF) {
            return SIF;
        }
        return framework.givesNoOverall(inspected) ? ILACS_2026 : ILACS;
    }
}
