package io.finesseacceptance.interop;

import io.finesseacceptance.settings.XmppTransport;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated Finesse web services with Prosody as their notification service: REST from the
 * simulator, every notification through Prosody's pubsub, one CA for both.
 */
public final class ProsodyBackedFinesse implements AutoCloseable {

    /** How the suite reaches Prosody, as it would reach a lab's notification service. */
    public enum Route {
        TCP_STARTTLS(XmppTransport.TCP),
        BOSH_HTTP(XmppTransport.BOSH),
        BOSH_HTTPS(XmppTransport.BOSH),
        WEBSOCKET_WS(XmppTransport.WEBSOCKET),
        WEBSOCKET_WSS(XmppTransport.WEBSOCKET);

        private final XmppTransport transport;

        Route(XmppTransport transport) {
            this.transport = transport;
        }

        public XmppTransport transport() {
            return transport;
        }
    }

    private final ProsodyServer prosody;
    private final FinesseSimulator finesse;

    private ProsodyBackedFinesse(ProsodyServer prosody, FinesseSimulator finesse) {
        this.prosody = prosody;
        this.finesse = finesse;
    }

    public static ProsodyBackedFinesse start(Path folder, int agentCount) {
        return start(folder, agentCount, false);
    }

    /** As above; with {@code logStanzas} Prosody logs every client stanza ({@link ProsodyServer#stanzaLog()}). */
    public static ProsodyBackedFinesse start(Path folder, int agentCount, boolean logStanzas) {
        SimulatorCertificates certificates = SimulatorCertificates.generate("finesse-acceptance interop CA",
                List.of(ProsodyServer.DOMAIN, "localhost"), List.of("127.0.0.1"));
        Map<String, String> accounts = new LinkedHashMap<>();
        for (int i = 0; i < agentCount; i++) {
            String id = Integer.toString(AgentDirectory.FIRST_AGENT_ID + i);
            accounts.put(id, AgentDirectory.defaultPassword(id));
        }
        ProsodyServer prosody = ProsodyServer.start(folder, certificates, accounts, ProsodyServer.Sasl.PLAIN_ONLY,
                logStanzas);
        try {
            FinesseSimulator finesse = FinesseSimulator.startWith(
                    SimulatorConfig.defaults().withAgentCount(agentCount), certificates, prosody.asNotificationService(),
                    ExternalPubSubPublisher::connect);
            return new ProsodyBackedFinesse(prosody, finesse);
        } catch (RuntimeException failed) {
            prosody.close();
            throw new IllegalStateException(failed.getMessage() + prosody.log(), failed);
        }
    }

    /** The FINESSE_* settings of this lab, notifications reached by {@code route}. */
    public Map<String, String> settings(Route route) {
        Map<String, String> settings = new LinkedHashMap<>(finesse.labSettings());
        if (route == Route.TCP_STARTTLS) {
            return settings;
        }
        settings.keySet().removeIf(name -> name.startsWith("FINESSE_XMPP_"));
        switch (route.transport()) {
            case BOSH -> {
                settings.put("FINESSE_XMPP_TRANSPORT", "bosh");
                settings.put("FINESSE_XMPP_BOSH_URL",
                        (route == Route.BOSH_HTTP ? prosody.boshHttpUrl() : prosody.boshHttpsUrl()).toString());
            }
            default -> {
                settings.put("FINESSE_XMPP_TRANSPORT", "websocket");
                settings.put("FINESSE_XMPP_WEBSOCKET_URL",
                        (route == Route.WEBSOCKET_WS ? prosody.webSocketUrl() : prosody.secureWebSocketUrl()).toString());
            }
        }
        return settings;
    }

    public ProsodyServer prosody() {
        return prosody;
    }

    @Override
    public void close() {
        try {
            finesse.close();
        } finally {
            prosody.close();
        }
    }
}
