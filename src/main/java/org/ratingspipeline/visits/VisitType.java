package org.ratingspipeline.visits;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of in-year activity in Ofsted's files. Monitoring visits are made to authorities judged
 * inadequate, focused visits (with a theme) to the others; the files also list the standard and short
 * inspections of the year, which are loaded with their type so that every row is accounted for, but
 * are never counted as inspections: those come from the inspection files.
 */
public enum VisitType {
    MONITORING_VISIT("Monitoring visit", true),
    FOCUSED_VISIT("Focused visit", true),
    STANDARD_INSPECTION("Standard inspection", false),
    SHORT_INSPECTION("Short inspection", false);

    private final String label;
    private final boolean visit;

    VisitType(String label, boolean visit) {
        this.label = label;
        this.visit = visit;
    }

    public String label() {
        return label;
    }

    /** A visit (monitoring or focused), as opposed to an inspection row the file repeats. */
    public boolean visit() {
        return visit;
    }

    /** Ofsted's wordings ({@code LA Monitoring visit}, {@code ILACS Focused Visit}, ...), case and spacing ignored. */
    public static Optional<VisitType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return Optional.ofNullable(switch (t) {
            case "la monitoring visit", "monitoring visit", "ilacs monitoring visit", "monitoring" -> MONITORING_VISIT;
            case "ilacs focused visit", "focused visit", "la focused visit", "focused" -> FOCUSED_VISIT;
            case "ilacs standard inspection", "standard inspection", "ilacs standard",
                    "standard" -> STANDARD_INSPECTION;
            case "ilacs short inspection", "short inspection", "ilacs short", "short" -> SHORT_INSPECTION;
            default -> null;
        });
    }
}
