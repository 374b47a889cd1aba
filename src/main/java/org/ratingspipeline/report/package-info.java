/**
 * What report sections hand the writers: tables, columns, notes, charts and cover lines, with no knowledge of how they
 * are written.
 */
package org.ratingspipeline.report;
