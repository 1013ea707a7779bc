package io.finesseacceptance.simulator.xmpp;

/**
 * What every transport shares: the configuration, the bound sessions and the IQ handling. Each
 * transport asks it for one {@link XmppConversation} per client stream.
 */
record StanzaCore(XmppServiceConfig config, SessionRegistry sessions, IqHandler iqs) {

    XmppConversation conversation(StreamTransport transport) {
        return new XmppConversation(config, sessions, iqs, transport);
    }
}
