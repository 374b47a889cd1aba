/**
 * Financial years and money, the import of the children's social care spend file, its join with the judgements and the
 * spend tables.
 */
package org.ratingspipeline.finance;
