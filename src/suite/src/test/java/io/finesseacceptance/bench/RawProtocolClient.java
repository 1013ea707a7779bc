package io.finesseacceptance.bench;

import io.finesseacceptance.notify.NotificationEndpoint;
import io.finesseacceptance.settings.AgentAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.PingManager;

/**
 * The baseline the suite is measured against: a bare JDK HTTP PUT and a bare Smack listener that
 * completes when the raw stanza naming the request arrives. No parsing, no feed, no reporting.
 */
final class RawProtocolClient implements AutoCloseable {

    private final HttpClient http;
    private final URI userUri;
    private final String authorization;
    private final XMPPTCPConnection xmpp;
    private final AtomicReference<Pending> pending = new AtomicReference<>();

    private record Pending(String requestId, CompletableFuture<Long> arrived) {
    }

    RawProtocolClient(URI apiRoot, AgentAccount agent, NotificationEndpoint endpoint) throws Exception {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(endpoint.trust().sslContext()).build();
        this.userUri = URI.create(apiRoot + "/User/" + agent.id());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (agent.id() + ":" + agent.password()).getBytes(StandardCharsets.UTF_8));
        XMPPTCPConnectionConfiguration.Builder config = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(endpoint.xmppDomain()).setHost(endpoint.host()).setPort(endpoint.port())
                .setUsernameAndPassword(agent.id(), agent.password()).setResource("raw-baseline")
                .setSecurityMode(SecurityMode.required).setSendPresence(false);
        config.setCustomX509TrustManager(endpoint.trust().trustManager());
        xmpp = new XMPPTCPConnection(config.build());
        Roster.getInstanceFor(xmpp).setRosterLoadedAtLogin(false);
        xmpp.addSyncStanzaListener(stanza -> {
            long now = System.nanoTime();
            Pending waiting = pending.get();
            if (waiting != null && stanza.toXML().toString().contains(waiting.requestId())) {
                waiting.arrived().complete(now);
            }
        }, StanzaTypeFilter.MESSAGE);
        xmpp.connect().login();
        xmpp.sendStanza(xmpp.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.available).build());
        PingManager.getInstanceFor(xmpp).pingMyServer(false);
    }

    /** PUTs the state and waits for the stanza carrying the requestId; returns the elapsed nanoseconds. */
    long changeState(String stateXml, String requestId) throws Exception {
        Pending waiting = new Pending(requestId, new CompletableFuture<>());
        pending.set(waiting);
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(userUri)
                .header("Authorization", authorization).header("Content-Type", "application/xml")
                .header("requestId", requestId)
                .PUT(HttpRequest.BodyPublishers.ofString(stateXml)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("raw PUT answered " + response.statusCode() + ": " + response.body());
        }
        long arrived = waiting.arrived().get(10, TimeUnit.SECONDS);
        return arrived - started;
    }

    @Override
    public void close() {
        xmpp.instantShutdown();
    }
}
