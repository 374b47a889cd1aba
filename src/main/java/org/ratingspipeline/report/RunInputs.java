package org.ratingspipeline.report;

import java.util.List;

/**
 * The cover's line for each input file a run read, in the order read: the intake describes its files, so the
 * workbook needs nothing of the intake.
 */
@FunctionalInterface
public interface RunInputs {

    List<Cover.Line> lines(long runId);
}
