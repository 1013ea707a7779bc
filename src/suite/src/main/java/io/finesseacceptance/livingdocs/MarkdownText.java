package io.finesseacceptance.livingdocs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text from features and runs made safe to put into the site's Markdown, or into its few HTML blocks. */
final class MarkdownText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s,)]+");
    private static final Pattern GUIDE_CHUNK = Pattern.compile("finesse::v([\\d.]+)::developer-guide::.*::(\\d+)$");

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

    /**
     * Literal text whose web addresses become links: the site's Markdown parser links bare addresses itself and
     * then muddles the escaped text around them, so each address is written as an explicit link.
     */
    static String withLinks(String text) {
        StringBuilder linked = new StringBuilder();
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            // a sentence's full stop after an address is not part of it
            String address = url.group().replaceFirst("[.;:]+$", "");
            linked.append(escape(text.substring(from, url.start()))).append('[').append(escape(address))
                    .append("](").append(address).append(')');
            from = url.start() + address.length();
        }
        return linked.append(escape(text.substring(from))).toString();
    }

    /** Text inside an HTML element or attribute. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A feature's description: its paragraphs kept, each line escaped. */
    static String paragraphs(String description) {
        StringBuilder text = new StringBuilder();
        for (String line : description.strip().lines().map(String::strip).toList()) {
            text.append(line.isEmpty() ? "\n" : withLinks(line)).append('\n');
        }
        return text.toString();
    }

    /**
     * A Cisco page by its name: "user-notification" for https://developer.cisco.com/docs/finesse/user-notification,
     * "sign-out-of-finesse" for the partner site's CFIN_RF_SC0D86B5_00_sign-out-of-finesse.html, "guide 12.5(1),
     * chunk 51" for the guide's text on the mirror the contract cites.
     */
    static String pageName(String url) {
        String decoded = URLDecoder.decode(url.replaceAll("/+$", ""), StandardCharsets.UTF_8);
        Matcher chunk = GUIDE_CHUNK.matcher(decoded);
        if (chunk.find()) {
            return "guide " + chunk.group(1) + ", chunk " + chunk.group(2);
        }
        String last = decoded.substring(decoded.lastIndexOf('/') + 1);
        return last.replaceFirst("\\.html?$", "").replaceFirst("^CFIN_[A-Z]+_[A-Z0-9]+_\\d+_", "");
    }
}
