/**
 * Each authority's latest judgement as at the reporting date, grade counts and shares, the trend over time and the
 * journeys between judgements.
 */
package org.ratingspipeline.statistics;
