package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.webservices.FinesseRestServer;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Finesse notification service offers SASL PLAIN and nothing else; so does the simulator, on TCP, BOSH
 * and WebSocket alike, and a client asking for another mechanism is refused with {@code invalid-mechanism}.
 */
class SaslPlainOnlyIT {

    private static final String PLAIN_ONLY = "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
            + "<mechanism>PLAIN</mechanism></mechanisms>";
    private static final String SCRAM = "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>"
            + "biwsbj0xMDAxLHI9ZnlrbytkMmxiYkZnT05Sdjlxa3hkYXdM</auth>";
    private static final SimulatorCertificates CERTIFICATES = SimulatorCertificates.generate("SASL test CA",
            List.of(SmackClients.DOMAIN, "localhost"), List.of("127.0.0.1"));

    private final XmppNotificationService service = XmppNotificationService.start(new XmppServiceConfig("127.0.0.1", 0,
            SmackClients.DOMAIN, SmackClients.PUBSUB, SmackClients.plainConfig().authenticator(),
            CERTIFICATES.serverContext(), false).withBosh(0, false));
    private final FinesseRestServer web = FinesseRestServer.start(RestServerConfig.localDefaults(DeploymentType.UCCE)
            .withTls(CERTIFICATES.serverContext()), AgentDirectory.withDefaultAgents(1), service, new FaultSwitches(),
            List.of(service.webSocketDoor()));

    @AfterEach
    void stop() {
        web.close();
        service.close();
    }

    @Test
    void overTcp() throws Exception {
        try (RawXmppClient client = new RawXmppClient(service.port())) {
            client.send(RawXmppClient.STREAM_OPEN);

            assertPlainOnly(client.awaitText("</stream:features>"));
            client.clear();
            client.send(SCRAM);
            assertThat(client.awaitText("</failure>")).contains("<invalid-mechanism/>").doesNotContain("<success");
        }
    }

    @Test
    void overBosh() throws Exception {
        RawBoshClient client = new RawBoshClient(service.boshUrl());

        assertPlainOnly(client.create(2));
        assertThat(client.send(SCRAM)).contains("<invalid-mechanism/>").doesNotContain("<success");
    }

    @Test
    void overWebSocket() {
        URI url = URI.create("wss://" + web.baseUrl().getAuthority() + XmppNotificationService.WEBSOCKET_PATH);
        try (RawWebSocketClient client = RawWebSocketClient.connect(url,
                SimulatorTestClient.trusting(CERTIFICATES.caCertificate()))) {
            client.open(SmackClients.DOMAIN);

            assertPlainOnly(client.awaitFrame("<mechanisms"));
            client.send(SCRAM);
            assertThat(client.awaitFrame("<failure")).contains("<invalid-mechanism/>");
        }
    }

    private static void assertPlainOnly(String features) {
        assertThat(features).contains(PLAIN_ONLY).containsOnlyOnce("<mechanism>");
    }
}
