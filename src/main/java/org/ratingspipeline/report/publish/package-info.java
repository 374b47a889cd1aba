/**
 * Publishing a run: the workbook, the web page and the tidy CSV files staged, checked and renamed into place together,
 * with archive copies.
 */
package org.ratingspipeline.report.publish;
