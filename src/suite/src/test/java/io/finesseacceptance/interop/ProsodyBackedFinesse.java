package io.finesseacceptance.interop;

import io.finesseacceptance.settings.XmppTransport;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.nio.file.Path;
import java.time.Duration;
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

    /** On top of noticing and the grace: the publisher's presence, the CTI delay, the notification or the reads. */
    private static final long FORCED_LOGOUT_MARGIN_SECONDS = 3;

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
        return start(folder, SimulatorConfig.defaults().withAgentCount(agentCount), logStanzas);
    }

    /**
     * With the web services set up as {@code options} say (the agent count, the forced logout's grace and the presence
     * it follows, …): Prosody gets an account for each of the agents.
     */
    public static ProsodyBackedFinesse start(Path folder, SimulatorConfig options) {
        return start(folder, options, false);
    }

    private static ProsodyBackedFinesse start(Path folder, SimulatorConfig options, boolean logStanzas) {
        int agentCount = options.agentCount();
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
            FinesseSimulator finesse = FinesseSimulator.startWith(options, certificates,
                    prosody.asNotificationService(), ExternalPubSubPublisher::connect);
            return new ProsodyBackedFinesse(prosody, finesse);
        } catch (RuntimeException failed) {
            prosody.close();
            throw new IllegalStateException(failed.getMessage() + prosody.log(), failed);
        }
    }

    /**
     * The FINESSE_* settings of this lab, notifications reached by {@code route}. No supervisor: supervisors have no
     * account on Prosody, and team nodes are not made there. The forced logout wait covers Prosody noticing a silent
     * BOSH client ({@link ProsodyServer#BOSH_MAX_INACTIVITY}) and then the grace.
     */
    public Map<String, String> settings(Route route) {
        Map<String, String> settings = new LinkedHashMap<>(finesse.labSettings());
        settings.remove("FINESSE_SUPERVISORS");
        Duration noticedAndGrace = ProsodyServer.BOSH_MAX_INACTIVITY.plus(finesse.options().forcedLogoutGrace());
        settings.put("FINESSE_FORCED_LOGOUT_WAIT", String.valueOf(
                (noticedAndGrace.toMillis() + 999) / 1000 + FORCED_LOGOUT_MARGIN_SECONDS));
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
