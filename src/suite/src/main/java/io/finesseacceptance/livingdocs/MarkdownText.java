package io.finesseacceptance.livingdocs;

/** Text from features and runs made safe to put into the site's Markdown, or into its few HTML blocks. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** Literal text in Markdown: no emphasis, link, heading or HTML comes of what a feature writer typed. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '{', '}' -> escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Text inside an HTML element or attribute. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A feature's description: its paragraphs kept, each line escaped. */
    static String paragraphs(String description) {
        StringBuilder text = new StringBuilder();
        for (String line : description.strip().lines().map(String::strip).toList()) {
            text.append(line.isEmpty() ? "\n" : escape(line)).append('\n');
        }
        return text.toString();
    }

    /** "https://developer.cisco.com/docs/finesse/user-notification" is shown as "user-notification". */
    static String pageName(String url) {
        String trimmed = url.replaceAll("/+$", "");
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1).replace("%E2%80%94", "—");
        return last.replaceFirst("\\.html?$", "");
    }
}
