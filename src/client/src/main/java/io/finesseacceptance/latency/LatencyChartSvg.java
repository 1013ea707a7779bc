package io.finesseacceptance.latency;

import java.util.List;
import java.util.Locale;

/**
 * The run's latency chart: one group of horizontal bars (p50, p95, max) per transition. Plain SVG, so the
 * report shows it without scripts or fonts of its own, and it can be opened on its own from the attachment.
 */
public final class LatencyChartSvg {

    private static final int LABEL_WIDTH = 170;
    private static final int PLOT_WIDTH = 440;
    private static final int VALUE_WIDTH = 60;
    private static final int TOP = 56;
    private static final int BAR = 13;
    private static final int GROUP_GAP = 16;
    private static final int WIDTH = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
    private static final String[] SERIES = {"p50", "p95", "max"};
    private static final String[] COLOURS = {"#4a90d9", "#f5a623", "#d0021b"};

    private LatencyChartSvg() {
    }

    public static String render(List<TransitionLatency> transitions) {
        double scaleMax = niceCeiling(transitions.stream().mapToDouble(TransitionLatency::max).max().orElse(1));
        int groupHeight = SERIES.length * BAR + GROUP_GAP;
        int plotHeight = Math.max(transitions.size(), 1) * groupHeight;
        int height = TOP + plotHeight + 34;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"latency-chart\" "
                + "width=\"100%%\" style=\"max-width:%dpx\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
                + "font-size=\"12\">%n", WIDTH, WIDTH, height));
        svg.append("<title>Notification latency per transition (ms): p50, p95, max</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"8\" y=\"20\" font-size=\"15\" font-weight=\"bold\">"
                + "Notification latency per transition (ms)</text>\n");
        legend(svg);
        grid(svg, scaleMax, plotHeight);
        int y = TOP;
        for (TransitionLatency transition : transitions) {
            group(svg, transition, y, scaleMax);
            y += groupHeight;
        }
        if (transitions.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">no notification was awaited in this run"
                    + "</text>%n", LABEL_WIDTH + 8, TOP + 20));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg) {
        for (int i = 0; i < SERIES.length; i++) {
            int x = LABEL_WIDTH + i * 90;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"30\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"40\">%s</text>%n", x, COLOURS[i], x + 17, SERIES[i]));
        }
    }

    private static void grid(StringBuilder svg, double scaleMax, int plotHeight) {
        for (int tick = 0; tick <= 5; tick++) {
            double value = scaleMax * tick / 5;
            double x = LABEL_WIDTH + PLOT_WIDTH * tick / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#666666\">%s</text>%n",
                    x, TOP - 4, x, TOP + plotHeight, x, TOP + plotHeight + 16, format(value)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#666666\">"
                + "milliseconds from the request leaving to the notification arriving</text>%n",
                LABEL_WIDTH + PLOT_WIDTH / 2, TOP + plotHeight + 31));
    }

    private static void group(StringBuilder svg, TransitionLatency transition, int y, double scaleMax) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#666666\" font-size=\"11\">%d sample%s</text>%n",
                LABEL_WIDTH - 10, y + BAR + 2, Markup.escape(transition.transition()),
                LABEL_WIDTH - 10, y + 2 * BAR + 4, transition.count(), transition.count() == 1 ? "" : "s"));
        double[] values = {transition.p50(), transition.p95(), transition.max()};
        for (int i = 0; i < values.length; i++) {
            double width = Math.max(1, PLOT_WIDTH * values[i] / scaleMax);
            int barY = y + i * BAR;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s %s: %s ms</title></rect>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>%n",
                    LABEL_WIDTH, barY, width, BAR - 2, COLOURS[i], Markup.escape(transition.transition()), SERIES[i],
                    format(values[i]), LABEL_WIDTH + width + 4, barY + BAR - 3, format(values[i])));
        }
    }

    /** 1, 2 or 5 times a power of ten, so that the grid's ticks read as round numbers. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (value <= step * power) {
                return step * power;
            }
        }
        return 10 * power;
    }

    static String format(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }
}
