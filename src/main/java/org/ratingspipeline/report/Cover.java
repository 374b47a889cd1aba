package org.ratingspipeline.report;

import java.util.List;

/** The cover sheet: the workbook's title, then sections of paragraphs, all in column A. */
public record Cover(String title, List<Section> sections) {

    public record Section(String heading, List<Line> lines) {
    }

    /** A paragraph; with a link, its text must say where the link goes. */
    public record Line(String text, String url) {
        public static Line of(String text) {
            return new Line(text, null);
        }

        public static Line link(String text, String url) {
            return new Line(text, url);
        }
    }
}
