/**
 * The accessible web page of the headline figures, with its tables and SVG charts, written from the workbook's content.
 */
package org.ratingspipeline.report.web;
