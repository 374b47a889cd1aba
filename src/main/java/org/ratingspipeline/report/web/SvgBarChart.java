package org.ratingspipeline.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one per category, each with its name above it (region names are long, and a
 * phone has no room for them beside the bar) and its value written at its end; or, for shares of
 * 100%, each bar split into its series' shares, every share labelled, with a legend in series order.
 * A share too narrow to hold its label has it written just under the bar, so none is left out.
 */
final class SvgBarChart {

    static final int WIDTH = 480;
    private static final int NAME_SIZE = 15;
    private static final int VALUE_SIZE = 14;
    private static final int BAR = 26;
    /** Room at the bars' end for the value of a 100% bar. */
    private static final int VALUE_ROOM = 46;

    private SvgBarChart() {
    }

    /** One series; values are percentages, drawn on a 0 to 100 scale. */
    static Html bars(String id, String title, String description, ChartData data) {
        List<Html> parts = new ArrayList<>();
        double scale = (WIDTH - VALUE_ROOM - 2) / 100.0;
        double y = 4;
        for (int c = 0; c < data.categories().size(); c++) {
            BigDecimal v = data.values().get(0).get(c);
            parts.add(Svg.text(2, y + NAME_SIZE, data.categories().get(c), NAME_SIZE, "start", Svg.TEXT));
            double top = y + NAME_SIZE + 6;
            double length = Math.max(0, v.doubleValue()) * scale;
            parts.add(Svg.rect(2, top, length, BAR, Svg.FILLS.get(0)));
            parts.add(Svg.text(2 + length + 6, top + BAR / 2.0 + 5, ChartData.label(v), VALUE_SIZE, "start", Svg.TEXT));
            y = top + BAR + 14;
        }
        parts.add(Svg.line(2, 4 + NAME_SIZE + 2, 2, y - 10, Svg.TEXT, 1));
        parts.add(Svg.text(2, y + 10, data.seriesNames().get(0) + ": scale 0 to 100", 13, "start", Svg.TEXT));
        return Svg.chart(id, WIDTH, (int) Math.ceil(y + 18), title, description, Html.join(parts));
    }

    /** Several series, each bar the whole (100%) of its category, split in series order from the left. */
    static Html stacked(String id, String title, String description, ChartData data) {
        List<Html> parts = new ArrayList<>();
        double y = legend(parts, data.seriesNames());
        for (int c = 0; c < data.categories().size(); c++) {
            parts.add(Svg.text(2, y + NAME_SIZE, data.categories().get(c), NAME_SIZE, "start", Svg.TEXT));
            double top = y + NAME_SIZE + 6;
            y = segments(parts, data, c, top) + 12;
        }
        return Svg.chart(id, WIDTH, (int) Math.ceil(y), title, description, Html.join(parts));
    }

    /** Draws one bar's segments; returns where the bar, with any labels under it, ends. */
    private static double segments(List<Html> parts, ChartData data, int category, double top) {
        double total = 0;
        for (List<BigDecimal> series : data.values()) {
            total += Math.max(0, series.get(category).doubleValue());
        }
        double x = 2;
        double under = top + BAR + VALUE_SIZE + 2;
        double nextUnder = 0;
        boolean anyUnder = false;
        for (int s = 0; s < data.values().size(); s++) {
            BigDecimal v = data.values().get(s).get(category);
            double width = total == 0 ? 0 : Math.max(0, v.doubleValue()) / total * (WIDTH - 4);
            parts.add(Svg.rect(x, top, width, BAR, Svg.FILLS.get(s % Svg.FILLS.size())));
            String label = ChartData.label(v);
            double middle = x + width / 2;
            if (v.signum() != 0 && Svg.width(label, VALUE_SIZE) + 6 <= width) {
                String colour = Svg.ON_FILL.get(s % Svg.FILLS.size());
                parts.add(Svg.text(middle, top + BAR / 2.0 + 5, label, VALUE_SIZE, "middle", colour));
            } else if (v.signum() != 0) {
                double half = Svg.width(label, VALUE_SIZE) / 2;
                double at = Math.min(WIDTH - half - 2, Math.max(Math.max(middle, nextUnder + half + 4), half + 2));
                parts.add(Svg.line(middle, top + BAR, at, under - VALUE_SIZE + 2, Svg.TEXT, 1));
                parts.add(Svg.text(at, under + 2, label, VALUE_SIZE, "middle", Svg.TEXT));
                nextUnder = at + half;
                anyUnder = true;
            }
            x += width;
        }
        return anyUnder ? under + 6 : top + BAR;
    }

    /** Swatch and name of each series, wrapping onto further lines; returns the y where the bars start. */
    private static double legend(List<Html> parts, List<String> names) {
        double x = 2;
        double y = 4;
        for (int s = 0; s < names.size(); s++) {
            double width = 22 + Svg.width(names.get(s), VALUE_SIZE) + 16;
            if (x > 2 && x + width > WIDTH) {
                x = 2;
                y += 24;
            }
            parts.add(Svg.rect(x, y + 2, 16, 16, Svg.FILLS.get(s % Svg.FILLS.size())));
            parts.add(Svg.text(x + 22, y + 15, names.get(s), VALUE_SIZE, "start", Svg.TEXT));
            x += width;
        }
        return y + 34;
    }
}
