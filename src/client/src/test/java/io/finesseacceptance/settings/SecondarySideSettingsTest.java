package io.finesseacceptance.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The secondary's settings follow the primary's rules from its own base URL (docs/configuration.md). */
class SecondarySideSettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "FINESSE_BASE_URL", "https://finesse-a.lab.example:8445",
            "FINESSE_AGENTS", "1001:pw:5001",
            "FINESSE_XMPP_HOST", "xmpp-a.lab.example",
            "FINESSE_XMPP_PORT", "5223",
            "FINESSE_XMPP_SECURITY", "direct-tls",
            "FINESSE_XMPP_DOMAIN", "finesse-a.lab.example"));

    private LabSettings read() {
        return LabSettingsReader.read(SettingsSource.of(values));
    }

    @Test
    void withoutASecondarySettingTheSidesAreLeftToSystemInfo() {
        LabSettings settings = read();

        assertThat(settings.side()).isEqualTo(Side.PRIMARY);
        assertThat(settings.secondaryBaseUrl()).isEmpty();
        assertThat(settings.sides()).isEmpty();
    }

    @Test
    void theSecondaryKeepsTransportPortAndSecurityButNotHostOrDomain() {
        LabSettings secondary = read().sideAt(URI.create("https://finesse-b.lab.example:8445"));

        assertThat(secondary.side()).isEqualTo(Side.SECONDARY);
        assertThat(secondary.baseUrl()).hasToString("https://finesse-b.lab.example:8445");
        assertThat(secondary.xmppHost()).isEqualTo("finesse-b.lab.example");
        assertThat(secondary.xmppPort()).isEqualTo(5223);
        assertThat(secondary.xmppSecurity()).isEqualTo(XmppSecurity.DIRECT_TLS);
        assertThat(secondary.xmppDomain()).as("from the secondary's SystemInfo").isEmpty();
        assertThat(secondary.baseUrlSettingName()).isEqualTo("FINESSE_SECONDARY_BASE_URL");
        assertThat(secondary.notificationSettingNames())
                .isEqualTo("FINESSE_SECONDARY_XMPP_HOST/FINESSE_SECONDARY_XMPP_PORT");
    }

    @Test
    void secondarySettingsOverrideOnlyWhereTheSideDiffers() {
        values.put("FINESSE_SECONDARY_BASE_URL", "https://finesse-b.lab.example:9445");
        values.put("FINESSE_SECONDARY_XMPP_PORT", "15223");
        values.put("FINESSE_SECONDARY_XMPP_DOMAIN", "finesse-b.lab.example");
        LabSettings primary = read();
        LabSettings secondary = primary.sideAt(primary.secondaryBaseUrl().orElseThrow());

        assertThat(primary.xmppPort()).isEqualTo(5223);
        assertThat(secondary.xmppPort()).isEqualTo(15223);
        assertThat(secondary.xmppDomain()).contains("finesse-b.lab.example");
        assertThat(primary.describe()).contains("(secondary https://finesse-b.lab.example:9445)");
    }

    @Test
    void theDefaultDoorsOfTheSecondaryComeFromItsOwnHost() {
        values.remove("FINESSE_XMPP_HOST");
        values.put("FINESSE_XMPP_TRANSPORT", "bosh");
        LabSettings bosh = read().sideAt(URI.create("https://finesse-b.lab.example:8445"));
        values.put("FINESSE_XMPP_TRANSPORT", "websocket");
        values.put("FINESSE_XMPP_WEBSOCKET_URL", "wss://finesse-a.lab.example:8445/ws/");
        LabSettings webSocket = read().sideAt(URI.create("https://finesse-b.lab.example:8445"));

        assertThat(bosh.boshUrl()).hasToString("https://finesse-b.lab.example:7443/http-bind");
        assertThat(webSocket.webSocketUrl()).as("the primary's URL is not carried over")
                .hasToString("wss://finesse-b.lab.example:8445/ws/");
    }

    @Test
    void sidesIsBothOrPrimaryAndEveryMalformedSecondarySettingIsNamed() {
        values.put("FINESSE_SIDES", "primary");
        assertThat(read().sides()).contains(SideSelection.PRIMARY);

        values.put("FINESSE_SIDES", "either");
        values.put("FINESSE_SECONDARY_BASE_URL", "finesse-b:8445");
        values.put("FINESSE_SECONDARY_XMPP_PORT", "port");
        values.put("FINESSE_SECONDARY_XMPP_TRANSPORT", "pigeon");
        assertThatThrownBy(this::read).hasMessageContaining("FINESSE_SIDES must be one of [both, primary]")
                .hasMessageContaining("FINESSE_SECONDARY_BASE_URL is not an http(s) URL")
                .hasMessageContaining("FINESSE_SECONDARY_XMPP_PORT is not a port number")
                .hasMessageContaining("FINESSE_SECONDARY_XMPP_TRANSPORT must be one of");
    }
}
