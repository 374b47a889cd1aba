package org.ratingspipeline.source;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of input file a run reads. The code is what the store's {@code source_kind} columns hold and what the
 * import's progress lines say; the description is how the cover names the file's contents.
 */
public enum SourceKind {

    /** Inspection results: several files a run, numbered in the order read (a judgement counts from the first). */
    INSPECTIONS("inspections", "Inspection results", true),
    /** Children's social care spend: one file a run, or none. */
    SPEND("spend", "Children's social care spend", false),
    /** Ofsted's monitoring and focused visits: one file a run, or none. */
    VISITS("visits", "Ofsted monitoring and focused visits", false);

    private final String code;
    private final String description;
    private final boolean numbered;

    SourceKind(String code, String description, boolean numbered) {
        this.code = code;
        this.description = description;
        this.numbered = numbered;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Whether a run can read several files of the kind, so the cover says which file each is. */
    public boolean numbered() {
        return numbered;
    }

    /** The kind a stored code names; empty for a code this version does not know (a newer store). */
    public static Optional<SourceKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** Whether a stored code names this kind. */
    public boolean is(String code) {
        return this.code.equals(code);
    }
}
