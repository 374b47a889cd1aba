/**
 * The accessible Excel workbook: numbering the sections' tables and charts, and writing the cover, notes, tables and
 * charts.
 */
package org.ratingspipeline.report.workbook;
