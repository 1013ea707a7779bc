package io.finesseacceptance.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.nodes.Side;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a two-node simulator tells the suite (docs/simulator.md, Two nodes): the secondary's base URL, and the
 * FINESSE_SECONDARY_XMPP_* twins of the primary's XMPP lines whose value does not follow from the secondary's base
 * URL and SystemInfo. One node prints none of them.
 */
class TwoNodeSettingsTest {

    private static FinesseSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = FinesseSimulator.start(SimulatorConfig.defaults().withNodes(2));
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void oneNodePrintsNothingOfASecondary() {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults())) {
            assertThat(simulator.labSettings().keySet()).noneMatch(name -> name.startsWith("FINESSE_SECONDARY"));
            assertThat(simulator.nodeCount()).isEqualTo(1);
            assertThat(simulator.describeDoors()).doesNotContain("Secondary").startsWith("REST:");
            assertThatThrownBy(simulator::secondaryBaseUrl).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("--nodes 2");
        }
    }

    @Test
    void overTcpTheSecondaryNeedsItsOwnPortAndNothingElse() {
        Map<String, String> settings = simulator.labSettings();
        FinesseNode secondary = simulator.node(Side.SECONDARY);

        assertThat(settings).containsEntry("FINESSE_SECONDARY_BASE_URL", simulator.secondaryBaseUrl().toString())
                .containsEntry("FINESSE_SECONDARY_XMPP_PORT",
                        String.valueOf(secondary.embeddedService().port()));
        assertThat(settings.keySet().stream().filter(name -> name.startsWith("FINESSE_SECONDARY")))
                .containsExactly("FINESSE_SECONDARY_BASE_URL", "FINESSE_SECONDARY_XMPP_PORT");
        assertThat(simulator.secondaryBaseUrl()).isNotEqualTo(simulator.baseUrl());
        assertThat(simulator.secondaryXmppDomain()).isEqualTo("finesse-sim-b.localdomain");
        assertThat(simulator.describeDoors()).contains("Primary node (XMPP domain finesse-sim.localdomain)",
                "Secondary node (XMPP domain finesse-sim-b.localdomain)",
                "REST:        " + simulator.secondaryBaseUrl());
    }

    @Test
    void overDirectTlsThePortIsTheSecondarysTlsPort() {
        assertThat(printedFor(XmppAccess.DIRECT_TLS)).containsExactly(Map.entry("FINESSE_SECONDARY_XMPP_PORT",
                String.valueOf(secondary().directTlsPort())));
    }

    @Test
    void overBoshTheSecondaryHasItsOwnUrl() {
        assertThat(printedFor(XmppAccess.BOSH_HTTPS)).containsExactly(Map.entry("FINESSE_SECONDARY_XMPP_BOSH_URL",
                "https://127.0.0.1:" + secondary().boshPort() + "/http-bind"));
    }

    @Test
    void overWebSocketTheSecondaryHasItsUrlDomainAndPubsub() {
        assertThat(printedFor(XmppAccess.WEBSOCKET)).containsExactly(
                Map.entry("FINESSE_SECONDARY_XMPP_WEBSOCKET_URL",
                        "wss://127.0.0.1:" + simulator.secondaryBaseUrl().getPort() + "/ws/"),
                Map.entry("FINESSE_SECONDARY_XMPP_DOMAIN", "finesse-sim-b.localdomain"),
                Map.entry("FINESSE_SECONDARY_XMPP_PUBSUB", "pubsub.finesse-sim-b.localdomain"));
    }

    @Test
    void theRunsCaCoversTheSecondaryOverHttps() {
        Map<String, String> settings = simulator.labSettings();
        SimulatorTestClient secondary = new SimulatorTestClient(Map.of("FINESSE_BASE_URL",
                settings.get("FINESSE_SECONDARY_BASE_URL"), "FINESSE_SIMULATOR_CONTROL",
                settings.get("FINESSE_SIMULATOR_CONTROL"), "FINESSE_CA_CERT", settings.get("FINESSE_CA_CERT")));

        HttpResponse<String> info = secondary.api("/finesse/api/SystemInfo", "1001");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("<xmppDomain>finesse-sim-b.localdomain</xmppDomain>");
    }

    private static XmppNotificationService secondary() {
        return simulator.node(Side.SECONDARY).embeddedService();
    }

    /** The secondary's lines as the simulator prints them were it started with {@code access}. */
    private static Map<String, String> printedFor(XmppAccess access) {
        return PrintedXmppSettings.secondary(simulator.options().forSecondaryNode().withXmppAccess(access),
                secondary(), simulator.secondaryBaseUrl().getPort());
    }

    @Test
    void theSecondaryMayNotShareThePrimarysDomain() {
        assertThatThrownBy(() -> FinesseSimulator.start(SimulatorConfig.defaults().withNodes(2)
                .withSecondaryXmppDomain("finesse-sim.localdomain")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--secondary-xmpp-domain");
    }

    @Test
    void theSecondarysDomainIsDerivedFromThePrimarysUnlessSet() {
        assertThat(SimulatorConfig.defaults().withXmppDomain("finesse-a.lab.example").effectiveSecondaryXmppDomain())
                .isEqualTo("finesse-a-b.lab.example");
        assertThat(SimulatorConfig.defaults().withXmppDomain("finesse").effectiveSecondaryXmppDomain())
                .isEqualTo("finesse-b");
        assertThat(SimulatorConfig.defaults().withSecondaryXmppDomain("fin-b.example").effectiveSecondaryXmppDomain())
                .isEqualTo("fin-b.example");
    }
}
