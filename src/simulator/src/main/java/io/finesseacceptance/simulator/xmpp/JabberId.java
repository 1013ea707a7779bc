package io.finesseacceptance.simulator.xmpp;

import java.util.Locale;

/** A parsed JID; {@code local} and {@code resource} may be null. Domains compare case-insensitively. */
record JabberId(String local, String domain, String resource) {

    static JabberId parse(String jid) {
        String rest = jid.trim();
        String resource = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            resource = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String local = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            local = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        return new JabberId(local, rest.toLowerCase(Locale.ROOT), resource == null || resource.isEmpty() ? null : resource);
    }

    boolean isFull() {
        return resource != null;
    }

    String bare() {
        return local == null ? domain : local + "@" + domain;
    }

    @Override
    public String toString() {
        return resource == null ? bare() : bare() + "/" + resource;
    }
}
