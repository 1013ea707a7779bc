package io.finesseacceptance.simulator.webservices;

/** Appends XML elements with escaped text; Finesse documents are small and flat enough for this. */
final class XmlBuilder {

    private final StringBuilder out = new StringBuilder(512);

    XmlBuilder open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    XmlBuilder open(String name, String attribute, String value) {
        out.append('<').append(name).append(' ').append(attribute).append("=\"").append(escape(value)).append("\">");
        return this;
    }

    XmlBuilder close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element with text; an empty self-closing element when the text is empty. */
    XmlBuilder element(String name, String text) {
        if (text == null || text.isEmpty()) {
            out.append('<').append(name).append("/>");
        } else {
            out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        }
        return this;
    }

    XmlBuilder element(String name, Object value) {
        return element(name, String.valueOf(value));
    }

    /** Inserts an already-built fragment. */
    XmlBuilder fragment(String xml) {
        out.append(xml);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
