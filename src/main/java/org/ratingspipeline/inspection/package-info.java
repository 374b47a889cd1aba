/**
 * Ofsted's grades, frameworks and judgement areas, and the import and reconciliation of the inspection results files.
 */
package org.ratingspipeline.inspection;
