package io.finesseacceptance.simulator.xmpp;

import java.util.List;

/**
 * The XMPP user {@code finesse} of a Finesse node, whose presence tells clients whether the node's web services
 * (Tomcat, the Finesse web app) are up: available while they are, unavailable while they are down
 * (docs/finesse-contract.md §20). Each session receives its presence after its own initial available presence,
 * as from a subscribed contact, and every change of it. Off unless {@link #simulate()} is called: a single
 * simulated node has never sent it.
 */
final class FinesseUserPresence {

    static final String USER = "finesse";

    private final String domain;
    // guarded by this: the presence sent to each session follows the order of the changes
    private boolean simulated;
    private boolean available = true;

    FinesseUserPresence(String domain) {
        this.domain = domain;
    }

    synchronized void simulate() {
        simulated = true;
    }

    synchronized boolean isAvailable() {
        return available;
    }

    /** {@code session} just announced available presence: a contact who is available answers with its own. */
    synchronized void greet(ClientSession session) {
        if (simulated && available) {
            session.send(stanza(session, true));
        }
    }

    /** The web services came up or went down: every session with available presence hears of it. */
    synchronized void change(boolean nowAvailable, List<ClientSession> sessions) {
        if (nowAvailable == available) {
            return;
        }
        available = nowAvailable;
        if (simulated) {
            sessions.forEach(session -> session.send(stanza(session, nowAvailable)));
        }
    }

    private String stanza(ClientSession to, boolean isAvailable) {
        return "<presence from='" + XmlEscaping.escape(USER + "@" + domain) + "' to='" + XmlEscaping.escape(to.fullJid())
                + "'" + (isAvailable ? "/>" : " type='unavailable'/>");
    }
}
