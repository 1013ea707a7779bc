package io.finesseacceptance.simulator.xmpp;

/** Decides whether a SASL PLAIN login succeeds; {@code username} is the JID local part, e.g. {@code 1001}. */
@FunctionalInterface
public interface XmppAuthenticator {
    boolean authenticate(String username, String password);
}
