package org.ratingspipeline.report.web;

import java.util.List;
import java.util.Locale;

/**
 * What the page's charts share: the {@code svg} element with its text alternative, text and
 * shapes, the Analysis Function's palette, and a text-width estimate (the page is laid out where
 * it is written, without fonts, so widths are estimated from Arial's proportions, generously).
 */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** Dark blue, turquoise, dark pink, orange: the Analysis Function's palette, as on the workbook's charts. */
    static final List<String> FILLS = List.of("#12436D", "#28A197", "#801650", "#F46A25");
    /** Label text on each fill: white on the dark ones, black on the light ones (contrast over 4.5:1). */
    static final List<String> ON_FILL = List.of("#FFFFFF", "#0B0C0C", "#FFFFFF", "#0B0C0C");
    static final String TEXT = "#0B0C0C";

    private Svg() {
    }

    /**
     * The chart: {@code role="img"} named by its {@code title} and described by its {@code desc},
     * the first children, which is how screen readers reach an SVG's text alternative.
     */
    static Html chart(String id, int width, int height, String title, String description, Html drawing) {
        return Html.el("svg", Html.attrs("xmlns", NAMESPACE, "id", id, "class", "chart", "role", "img",
                        "aria-labelledby", id + "-title", "aria-describedby", id + "-desc",
                        "viewBox", "0 0 " + width + " " + height,
                        "width", String.valueOf(width), "height", String.valueOf(height)),
                Html.el("title", Html.attrs("id", id + "-title"), Html.text(title)),
                Html.el("desc", Html.attrs("id", id + "-desc"), Html.text(description)),
                drawing);
    }

    static Html text(double x, double y, String text, int size, String anchor, String fill) {
        return Html.el("text", Html.attrs("x", n(x), "y", n(y), "font-size", String.valueOf(size),
                "text-anchor", anchor, "fill", fill), Html.text(text));
    }

    static Html rect(double x, double y, double width, double height, String fill) {
        return Html.selfClosed("rect", Html.attrs("x", n(x), "y", n(y), "width", n(width), "height", n(height),
                "fill", fill));
    }

    static Html line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return Html.selfClosed("line", Html.attrs("x1", n(x1), "y1", n(y1), "x2", n(x2), "y2", n(y2),
                "stroke", stroke, "stroke-width", n(width)));
    }

    /** Width of a text in Arial at this size, over- rather than underestimated. */
    static double width(String text, int size) {
        return text.length() * size * 0.58;
    }

    /** A coordinate with at most one decimal, so the markup stays short and identical on every machine. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
