package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Ofsted's inspection frameworks for local authority children's services: the single inspection
 * framework (SIF, November 2013 to 2017) and inspections of local authority children's services
 * (ILACS, from January 2018). The change of framework is a break in any time series.
 */
public enum Framework {
    SIF("SIF", "Single inspection framework"),
    ILACS("ILACS", "Inspection of local authority children's services");

    /** ILACS inspections began in January 2018. */
    public static final LocalDate ILACS_START = LocalDate.of(2018, 1, 1);

    private final String code;
    private final String label;

    Framework(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Framework inferredFrom(LocalDate inspectionDate) {
        return inspectionDate.isBefore(ILACS_START) ? SIF : ILACS;
    }

    /** A framework and, for ILACS, the type of inspection ("standard", "short", "focused visit"). */
    public record Reading(Framework framework, String inspectionType) {
    }

    /** Reads the framework column: SIF, ILACS, or an ILACS inspection type. Empty when unreadable. */
    public static Optional<Reading> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.ofNullable(switch (t) {
            case "sif", "single inspection framework" -> new Reading(SIF, null);
            case "ilacs", "inspection of local authority children's services" -> new Reading(ILACS, null);
            case "standard", "ilacs standard", "standard inspection" -> new Reading(ILACS, "standard");
            case "short", "ilacs short", "short inspection" -> new Reading(ILACS, "short");
            default -> null;
        });
    }
}
