package org.ratingspipeline.inspection;

/**
 * The key of a stored judgement: the run, the file's place in the run and the line, in one number, as
 * {@code loaded_judgement}'s check constraint in schema.sql states it (run_id * 2^44 + source_order * 2^32 +
 * line_number). One BIGINT column is the key of the table's own tree in H2, so finding, committing and deleting a
 * row by it goes through one tree, not a tree of three columns beside it. The statements of sql/ that join on it
 * spell the same sum.
 */
public final class JudgementKey {

    /**
     * Inspection files a run can read: source_order is 1 to 4095 (the command line refuses more). A file's line
     * numbers must be below 2^32, which a file of under 170 GB cannot reach; run ids below 2^19 (half a million
     * runs).
     */
    public static final int MAX_FILES = (1 << 12) - 1;
    private static final int RUN_SHIFT = 44;
    private static final int FILE_SHIFT = 32;

    private JudgementKey() {
    }

    public static long of(long runId, int sourceOrder, long line) {
        return (runId << RUN_SHIFT) + ((long) sourceOrder << FILE_SHIFT) + line;
    }
}
