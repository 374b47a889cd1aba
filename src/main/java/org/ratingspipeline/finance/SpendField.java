package org.ratingspipeline.finance;

import java.util.ArrayList;
import java.util.List;
import org.ratingspipeline.inspection.InspectionField;
import org.ratingspipeline.source.SourceField;

/**
 * The columns of a children's social care spend file and the header names each may go by
 * (shared README, "Input contract: children's social care spend CSV"). The authority is named as
 * in an inspection file. A money column may declare its unit in its header ({@code Budget (£000)},
 * {@code outturn_gbp (£m)}), so each money name is also accepted with a unit after it.
 */
public enum SpendField implements SourceField {
    LA_CODE(InspectionField.LA_CODE.headerNames()),
    NEW_LA_CODE(InspectionField.NEW_LA_CODE.headerNames()),
    LA_NAME(InspectionField.LA_NAME.headerNames()),
    FINANCIAL_YEAR(List.of("financial_year", "Year", "time_period", "Financial year")),
    BUDGET(withUnits("budget_gbp", "Budget", "Planned expenditure")),
    OUTTURN(withUnits("outturn_gbp", "Outturn", "Actual expenditure")),
    OVERSPEND(withUnits("overspend_gbp", "Overspend"));

    private final List<String> headerNames;

    SpendField(List<String> headerNames) {
        this.headerNames = List.copyOf(headerNames);
    }

    @Override
    public List<String> headerNames() {
        return headerNames;
    }

    /**
     * Header matching ignores punctuation, so "(£000)", "£000" and "_000" are all the word "000". (A holder: enum
     * constants are built before an enum's own static fields.)
     */
    private static final class Units {
        static final List<String> WORDS = List.of("£", "000", "000s", "thousands", "thousand", "k", "m", "million",
                "millions");
    }

    private static List<String> withUnits(String... names) {
        List<String> all = new ArrayList<>(List.of(names));
        for (String name : names) {
            for (String unit : Units.WORDS) {
                all.add(name + " (" + unit + ")");
            }
        }
        return all;
    }
}
