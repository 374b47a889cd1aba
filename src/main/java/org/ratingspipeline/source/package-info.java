/**
 * The CSV intake every input file shares: header matching, encodings, checksums, row checks, rejections and the
 * data-quality table.
 */
package org.ratingspipeline.source;
