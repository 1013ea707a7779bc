package io.finesseacceptance.simulator.xmpp;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** One parsed BOSH request body (XEP-0124, XEP-0206): its attributes and the stanzas it carries. */
record BoshBody(XmlElement element) {

    /** Empty when missing or not a non-negative number: such a request is a bad request. */
    OptionalLong rid() {
        String rid = element.attribute("rid");
        try {
            long value = rid == null ? -1 : Long.parseLong(rid.strip());
            return value >= 0 ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    String sid() {
        return element.attribute("sid");
    }

    String to() {
        return element.attribute("to");
    }

    OptionalInt waitSeconds() {
        return number("wait");
    }

    OptionalInt hold() {
        return number("hold");
    }

    boolean isRestart() {
        return "true".equals(element.attribute("xmpp:restart"));
    }

    boolean isTerminate() {
        return "terminate".equals(element.attribute("type"));
    }

    List<XmlElement> stanzas() {
        return element.children();
    }

    private OptionalInt number(String attribute) {
        String value = element.attribute(attribute);
        try {
            return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
