package org.ratingspipeline.benchmarking;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the cover and the notes say about the benchmarking data (documented in application.yml).
 *
 * @param neighbourModel    which statistical neighbour model {@code authority/statistical-neighbours.csv} is,
 *                          and its date
 * @param neighbourSourceUrl where the list of neighbours was taken from
 * @param populationSource  the child population estimates spend per child divides by
 * @param populationSourceUrl where they were taken from
 */
@ConfigurationProperties("ratings.benchmarking")
public record BenchmarkingProperties(
        String neighbourModel, String neighbourSourceUrl, String populationSource, String populationSourceUrl) {}
