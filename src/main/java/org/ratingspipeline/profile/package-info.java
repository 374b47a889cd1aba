/**
 * The authority profiles named by --profile: each authority's inspections, visits and spend, on sheets of their own.
 */
package org.ratingspipeline.profile;
