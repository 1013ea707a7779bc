package io.finesseacceptance.latency;

/** Text made safe inside HTML or SVG markup, for the latency chart and the report's pages. */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
