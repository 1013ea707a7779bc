package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.DOMAIN;
import static io.finesseacceptance.simulator.xmpp.SmackClients.PASSWORD;

import java.net.URI;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.bosh.BOSHConfiguration;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.jivesoftware.smack.packet.Presence;
import org.minidns.dnsname.DnsName;

/** Smack BOSH clients configured the way the suite connects to a lab's {@code :7443/http-bind}. */
final class SmackBoshClients {

    private SmackBoshClients() {
    }

    /** Logged in, available with priority 0, and the server has processed that presence. */
    static XMPPBOSHConnection available(URI url, String user, String resource) throws Exception {
        BOSHConfiguration configuration = BOSHConfiguration.builder()
                .setXmppDomain(DOMAIN)
                // a String host would be taken for a domain name and break the URL
                .setHost(DnsName.from(url.getHost()))
                .setPort(url.getPort())
                .setFile(url.getPath())
                .setUseHttps("https".equals(url.getScheme()))
                .setSecurityMode(SecurityMode.disabled)
                .setUsernameAndPassword(user, PASSWORD)
                .setResource(resource)
                .setSendPresence(false)
                .build();
        XMPPBOSHConnection connection = new XMPPBOSHConnection(configuration);
        connection.connect().login();
        connection.sendStanza(connection.getStanzaFactory().buildPresenceStanza()
                .ofType(Presence.Type.available).setPriority(0).build());
        SmackClients.roundTrip(connection);
        return connection;
    }
}
