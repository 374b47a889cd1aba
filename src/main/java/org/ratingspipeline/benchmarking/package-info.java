/**
 * Statistical neighbours and spend per child: each authority's figures beside its neighbours' median, its region and
 * England.
 */
package org.ratingspipeline.benchmarking;
