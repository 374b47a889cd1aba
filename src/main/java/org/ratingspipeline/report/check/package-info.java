/**
 * An independent check of the written workbook against the Analysis Function's spreadsheet guidance, one rule a class.
 */
package org.ratingspipeline.report.check;
