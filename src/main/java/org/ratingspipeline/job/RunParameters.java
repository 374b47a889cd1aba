package org.ratingspipeline.job;

/**
 * Names of the job parameters. A run is identified by its reporting date and the checksum of each
 * input file, so the same inputs make the same job instance (and a failed one is restarted), and a
 * changed file makes a new one.
 */
public final class RunParameters {

    public static final String AS_OF = "asOf";
    public static final String INSPECTIONS_SHA256 = "inspections.sha256";
    public static final String INSPECTIONS_PATH = "inspections.path";
    public static final String INSPECTIONS_CHARSET = "inspections.charset";
    public static final String INSPECTIONS_BOM = "inspections.bom";
    public static final String INSPECTIONS_BYTES = "inspections.bytes";
    /** The spend file's parameters are there only when the run has one; its checksum identifies the run like the inspections'. */
    public static final String SPEND_SHA256 = "spend.sha256";
    public static final String SPEND_PATH = "spend.path";
    public static final String SPEND_CHARSET = "spend.charset";
    public static final String SPEND_BOM = "spend.bom";
    public static final String SPEND_BYTES = "spend.bytes";
    public static final String REPORTS = "reports";
    /** Identifying only when --force asks for a new instance over identical inputs. */
    public static final String FORCED_AT = "forcedAt";

    private RunParameters() {
    }
}
