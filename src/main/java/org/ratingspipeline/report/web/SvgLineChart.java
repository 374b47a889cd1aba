package org.ratingspipeline.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line through the categories in order (a time series) on a 0 to 100 scale, each point labelled
 * with its value. Dates are written under their points on two lines ("31 March" over "2019"), or
 * slanted when there are too many to fit side by side.
 */
final class SvgLineChart {

    static final int WIDTH = 480;
    private static final int PLOT_HEIGHT = 220;
    private static final int LEFT = 34;
    private static final int TOP = 40;
    private static final int SIZE = 13;

    private SvgLineChart() {
    }

    static Html line(String id, String title, String description, ChartData data, String axisTitle) {
        List<Html> parts = new ArrayList<>();
        double plotWidth = WIDTH - LEFT - 12;
        parts.add(Svg.text(2, 16, axisTitle, SIZE, "start", Svg.TEXT));
        for (int tick = 0; tick <= 100; tick += 20) {
            double y = y(tick);
            parts.add(Svg.line(LEFT, y, LEFT + plotWidth, y, tick == 0 ? Svg.TEXT : "#BFC1C3", 1));
            parts.add(Svg.text(LEFT - 6, y + 4, String.valueOf(tick), SIZE, "end", Svg.TEXT));
        }
        int n = data.categories().size();
        double step = plotWidth / n;
        double widest = data.categories().stream().mapToDouble(c -> Svg.width(firstLine(c), 12)).max().orElse(0);
        boolean slanted = widest > step - 4;
        for (int s = 0; s < data.values().size(); s++) {
            String colour = Svg.FILLS.get(s % Svg.FILLS.size());
            List<BigDecimal> values = data.values().get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                points.append(points.isEmpty() ? "" : " ").append(Svg.n(x(i, step))).append(',')
                        .append(Svg.n(y(values.get(i))));
            }
            parts.add(Html.selfClosed("polyline", Html.attrs("points", points.toString(), "fill", "none",
                    "stroke", colour, "stroke-width", "2.5")));
            for (int i = 0; i < n; i++) {
                double x = x(i, step);
                double y = y(values.get(i));
                parts.add(Html.selfClosed("circle", Html.attrs("cx", Svg.n(x), "cy", Svg.n(y), "r", "4.5",
                        "fill", colour)));
                parts.add(Svg.text(x, y - 10, ChartData.label(values.get(i)), SIZE, "middle", Svg.TEXT));
            }
        }
        double bottom = dateLabels(parts, data.categories(), step, slanted);
        return Svg.chart(id, WIDTH, (int) Math.ceil(bottom), title, description, Html.join(parts));
    }

    /** Writes each category under its point; returns the height the labels need. */
    private static double dateLabels(List<Html> parts, List<String> categories, double step, boolean slanted) {
        double base = TOP + PLOT_HEIGHT + 18;
        double longest = 0;
        for (int i = 0; i < categories.size(); i++) {
            String c = categories.get(i);
            double x = x(i, step);
            if (slanted) {
                String rotate = "rotate(-40 " + Svg.n(x) + " " + Svg.n(base) + ")";
                parts.add(Html.el("text", Html.attrs("x", Svg.n(x), "y", Svg.n(base), "font-size", "12",
                        "text-anchor", "end", "fill", Svg.TEXT, "transform", rotate), Html.text(c)));
                longest = Math.max(longest, Svg.width(c, 12) * 0.65);
            } else {
                parts.add(Svg.text(x, base, firstLine(c), 12, "middle", Svg.TEXT));
                parts.add(Svg.text(x, base + 15, secondLine(c), 12, "middle", Svg.TEXT));
                longest = 20;
            }
        }
        return base + longest + 10;
    }

    private static String firstLine(String category) {
        int space = category.lastIndexOf(' ');
        return space < 0 ? category : category.substring(0, space);
    }

    private static String secondLine(String category) {
        int space = category.lastIndexOf(' ');
        return space < 0 ? "" : category.substring(space + 1);
    }

    private static double x(int index, double step) {
        // points sit in the middle of their category, as on the workbook's chart
        return LEFT + step * (index + 0.5);
    }

    private static double y(BigDecimal value) {
        return y(Math.max(0, Math.min(100, value.doubleValue())));
    }

    private static double y(double value) {
        return TOP + PLOT_HEIGHT * (1 - value / 100);
    }
}
