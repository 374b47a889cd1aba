package org.ratingspipeline.inspection;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ofsted's inspection frameworks for local authority children's services: the single inspection
 * framework (SIF, November 2013 to 2018) and inspections of local authority children's services
 * (ILACS, from January 2018). The change of framework is a break in any time series, and so is the
 * change of April 2026, after which ILACS inspections give no overall effectiveness judgement.
 */
public enum Framework {
    SIF("SIF", "Single inspection framework"),
    ILACS("ILACS", "Inspection of local authority children's services");

    /** The first SIF inspections were in November 2013; earlier frameworks' grades are not comparable. */
    public static final LocalDate SIF_START = LocalDate.of(2013, 11, 1);
    /** ILACS inspections began in January 2018. */
    public static final LocalDate ILACS_START = LocalDate.of(2018, 1, 1);
    /** The first ILACS reports were published in March 2018: a row with only a publication date before then is SIF. */
    public static final LocalDate FIRST_ILACS_REPORT = LocalDate.of(2018, 3, 1);
    /** The last SIF inspections were in 2018 (re-inspections published to August 2018). */
    public static final LocalDate SIF_END = LocalDate.of(2018, 12, 31);
    /**
     * From 1 April 2026 Ofsted gives no overall effectiveness judgement (announced 27 November 2025);
     * the other judgements continue until a new framework.
     */
    public static final LocalDate NO_OVERALL_FROM = LocalDate.of(2026, 4, 1);
    /** The ILACS care leavers judgement became a judgement of its own in January 2023. */
    public static final LocalDate CARE_LEAVERS_FROM = LocalDate.of(2023, 1, 1);

    /** Runs of white space, compiled once: every row's value is read through it. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

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

    /** The framework of an inspection whose file does not say: by its inspection date, or else its publication date. */
    public static Framework inferredFrom(LocalDate inspected, LocalDate published) {
        if (inspected != null) {
            return inspected.isBefore(ILACS_START) ? SIF : ILACS;
        }
        return published == null || !published.isBefore(FIRST_ILACS_REPORT) ? ILACS : SIF;
    }

    /**
     * Whether an inspection carried out on this date was made under the 2026 arrangements, without an overall
     * judgement.
     */
    public boolean givesNoOverall(LocalDate inspected) {
        return this == ILACS && !inspected.isBefore(NO_OVERALL_FROM);
    }

    /** A framework and, for ILACS, the type of inspection ("standard", "short", "focused visit"). */
    public record Reading(Framework framework, String inspectionType) {
    }

    /** Reads the framework column: SIF, ILACS, or an ILACS inspection type. Empty when unreadable. */
    public static Optional<Reading> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return Optional.ofNullable(switch (t) {
            case "sif", "single inspection framework" -> new Reading(SIF, null);
            case "ilacs", "inspection of local authority children's services" -> new Reading(ILACS, null);
            case "standard", "ilacs standard", "standard inspection" -> new Reading(ILACS, "standard");
            case "short", "ilacs short", "short inspection" -> new Reading(ILACS, "short");
            default -> null;
        });
    }
}
