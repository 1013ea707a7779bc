package io.finesseacceptance.simulator.xmpp;

/** Escaping for everything the server writes into the XML stream. */
final class XmlEscaping {

    private XmlEscaping() {
    }

    /** Escapes for use in text and in attribute values (single or double quoted). */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(isXmlChar(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    // a control character in the stream would make the client drop the whole connection
    private static boolean isXmlChar(char c) {
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
    }
}
