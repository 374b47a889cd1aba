package org.ratingspipeline.report;

/** A note a table refers to: {@code key} identifies it across sections, the number comes from the reading order. */
public record Note(String key, String text) {
}
