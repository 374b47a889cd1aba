/**
 * The tidy CSV files in the layout of DfE's explore education statistics service, their metadata files and their
 * checks.
 */
package org.ratingspipeline.report.tidy;
