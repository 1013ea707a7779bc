package io.finesseacceptance.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabSettingsReaderTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "FINESSE_BASE_URL", "https://finesse.lab.example:8445",
            "FINESSE_AGENTS", "1001:s3cr:et:5001, 1002:pw:5002"));

    private LabSettings read() {
        return LabSettingsReader.read(SettingsSource.of(values));
    }

    @Test
    void appliesTheDocumentedDefaults() {
        LabSettings settings = read();

        assertThat(settings.apiRoot()).hasToString("https://finesse.lab.example:8445/finesse/api");
        assertThat(settings.xmppHost()).isEqualTo("finesse.lab.example");
        assertThat(settings.xmppPort()).isEqualTo(5222);
        assertThat(settings.xmppTransport()).isEqualTo(XmppTransport.TCP);
        assertThat(settings.xmppSecurity()).isEqualTo(XmppSecurity.REQUIRED);
        assertThat(settings.xmppDomain()).isEmpty();
        assertThat(settings.eventTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void supervisorsAndTheForcedLogoutSettingsAreOptional() {
        LabSettings plain = read();
        values.put("FINESSE_SUPERVISORS", "2001:pa:ss, 2002:pw");
        values.put("FINESSE_FORCED_LOGOUT_WAIT", "63");
        values.put("FINESSE_LOGOUT_ON_AGENT_DISCONNECT", "true");
        LabSettings set = read();

        assertThat(plain.supervisors()).isEmpty();
        assertThat(plain.forcedLogoutWait()).isEqualTo(Duration.ofSeconds(180));
        assertThat(plain.logoutOnAgentDisconnect()).isFalse();
        assertThat(set.supervisors()).containsExactly(new SupervisorAccount("2001", "pa:ss"),
                new SupervisorAccount("2002", "pw"));
        assertThat(set.supervisors().get(0)).hasToString("supervisor 2001");
        assertThat(set.forcedLogoutWait()).isEqualTo(Duration.ofSeconds(63));
        assertThat(set.logoutOnAgentDisconnect()).isTrue();
    }

    @Test
    void aMalformedSupervisorOrOneThatIsAlsoAnAgentIsRefused() {
        values.put("FINESSE_SUPERVISORS", "2001, 1002:pw");

        assertThatThrownBy(this::read).hasMessageContaining("FINESSE_SUPERVISORS entry 1 (supervisor ?) is not id:password")
                .hasMessageContaining("FINESSE_SUPERVISORS: 1002 is also in FINESSE_AGENTS");
    }

    @Test
    void readsAgentsWhosePasswordsContainColons() {
        assertThat(read().agents()).containsExactly(
                new AgentAccount("1001", "s3cr:et", "5001"), new AgentAccount("1002", "pw", "5002"));
    }

    @Test
    void neverPrintsPasswords() {
        LabSettings settings = read();

        assertThat(settings.describe()).doesNotContain("s3cr:et").contains("1001");
        assertThat(settings.agents().get(0).toString()).doesNotContain("s3cr:et");
    }

    @Test
    void namesEveryBrokenVariableAtOnce() {
        values.remove("FINESSE_BASE_URL");
        values.put("FINESSE_AGENTS", "1001:5001");
        values.put("FINESSE_XMPP_PORT", "five");
        values.put("FINESSE_XMPP_SECURITY", "maybe");
        values.put("FINESSE_EVENT_TIMEOUT", "-1");
        values.put("FINESSE_CA_CERT", "/no/such/ca.pem");

        assertThatThrownBy(this::read)
                .isInstanceOf(LabSettingsException.class)
                .satisfies(error -> assertThat(((LabSettingsException) error).problems()).hasSize(6))
                .hasMessageContaining("FINESSE_BASE_URL is not set")
                .hasMessageContaining("FINESSE_AGENTS entry 1 (agent 1001) is not id:password:extension")
                .hasMessageContaining("FINESSE_XMPP_PORT")
                .hasMessageContaining("FINESSE_XMPP_SECURITY must be one of [required, ifpossible, disabled, direct-tls]")
                .hasMessageContaining("FINESSE_EVENT_TIMEOUT")
                .hasMessageContaining("FINESSE_CA_CERT");
    }

    @Test
    void theWebSocketTransportDefaultsToWhere126ServesIt() {
        values.put("FINESSE_XMPP_TRANSPORT", "websocket");
        LabSettings settings = read();

        assertThat(settings.xmppTransport()).isEqualTo(XmppTransport.WEBSOCKET);
        assertThat(settings.webSocketUrl()).hasToString("wss://finesse.lab.example:8445/ws/");
        assertThat(settings.describeNotifications()).isEqualTo("XMPP over WebSocket wss://finesse.lab.example:8445/ws/");
        assertThat(settings.notificationSettingNames()).isEqualTo("FINESSE_XMPP_WEBSOCKET_URL");
        assertThat(settings.xmppDomain()).as("from SystemInfo, as for TCP and BOSH").isEmpty();
    }

    @Test
    void aWebSocketUrlMayBeWssOrPlainWsOnAnyPortAndPath() {
        values.put("FINESSE_XMPP_TRANSPORT", "WebSocket");
        values.put("FINESSE_XMPP_WEBSOCKET_URL", "WSS://finesse-a.lab.example:7443/ws/");
        LabSettings on125 = read();
        values.put("FINESSE_XMPP_WEBSOCKET_URL", " ws://127.0.0.1:5280/xmpp-websocket ");
        LabSettings plain = read();

        assertThat(on125.webSocketUrl()).as("Smack tells wss by the scheme as written")
                .hasToString("wss://finesse-a.lab.example:7443/ws/");
        assertThat(plain.webSocketUrl()).hasToString("ws://127.0.0.1:5280/xmpp-websocket");
    }

    @Test
    void aWebSocketUrlThatIsNotWsOrWssIsRefusedNamingTheSetting() {
        values.put("FINESSE_XMPP_TRANSPORT", "websocket");
        for (String wrong : new String[] {"https://finesse.lab.example:8445/ws/", "finesse.lab.example:8445/ws/",
            "wss:///ws/", "wss://bad host/ws/"}) {
            values.put("FINESSE_XMPP_WEBSOCKET_URL", wrong);

            assertThatThrownBy(this::read).as(wrong)
                    .satisfies(error -> assertThat(((LabSettingsException) error).problems()).containsExactly(
                            "FINESSE_XMPP_WEBSOCKET_URL is not a ws:// or wss:// URL with a host: '" + wrong + "'"));
        }
    }

    @Test
    void anUnknownTransportIsRefusedNamingAllThree() {
        values.put("FINESSE_XMPP_TRANSPORT", "http");

        assertThatThrownBy(this::read)
                .hasMessageContaining("FINESSE_XMPP_TRANSPORT must be one of [tcp, bosh, websocket], not 'http'");
    }

    @Test
    void rejectsABaseUrlThatAlreadyHoldsTheApiPath() {
        values.put("FINESSE_BASE_URL", "https://finesse.lab.example:8445/finesse/api");

        assertThatThrownBy(this::read).hasMessageContaining("FINESSE_BASE_URL must be scheme://host:port only");
    }

    @Test
    void systemPropertiesWinOverTheEnvironmentAndBlankValuesFallThrough() {
        SettingsSource first = SettingsSource.of(Map.of("FINESSE_XMPP_PORT", " "));
        SettingsSource source = first.orElse(SettingsSource.of(Map.of("FINESSE_XMPP_PORT", "5223")));

        assertThat(source.get("FINESSE_XMPP_PORT")).contains("5223");
    }

    @Test
    void labIsConfiguredOnlyByABaseUrl() {
        assertThat(LabSettingsReader.labConfigured(SettingsSource.of(Map.of()))).isFalse();
        assertThat(LabSettingsReader.labConfigured(SettingsSource.of(values))).isTrue();
    }
}
