package io.finesseacceptance.simulator.xmpp;

/**
 * What every transport shares: the configuration, the bound sessions, the IQ handling, whether new
 * connections are taken, and the {@code finesse} user's presence. Each
 * transport asks it for one {@link XmppConversation} per client stream.
 */
record StanzaCore(XmppServiceConfig config, SessionRegistry sessions, IqHandler iqs, ConnectionAdmission admission,
        FinesseUserPresence finesseUser) {

    StanzaCore(XmppServiceConfig config, SessionRegistry sessions, IqHandler iqs) {
        this(config, sessions, iqs, new ConnectionAdmission(), new FinesseUserPresence(config.domain()));
    }

    XmppConversation conversation(StreamTransport transport) {
        return new XmppConversation(config, sessions, iqs, finesseUser, transport);
    }
}
