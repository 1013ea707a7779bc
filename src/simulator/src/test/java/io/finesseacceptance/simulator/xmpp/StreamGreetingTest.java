package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The features every transport offers come from {@link StreamGreeting}: SASL PLAIN and nothing else, as
 * the Finesse notification service offers, whatever the stage and the security of the stream.
 */
class StreamGreetingTest {

    private static final String PLAIN_ONLY = "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
            + "<mechanism>PLAIN</mechanism></mechanisms>";
    private static final XmppServiceConfig TLS_OPTIONAL = new XmppServiceConfig("127.0.0.1", 0, SmackClients.DOMAIN,
            SmackClients.PUBSUB, (user, password) -> true, SimulatorCertificates.generate("Greeting test CA",
                    List.of("localhost"), List.of("127.0.0.1")).serverContext(), false);
    private static final XmppServiceConfig TLS_REQUIRED = new XmppServiceConfig("127.0.0.1", 0, SmackClients.DOMAIN,
            SmackClients.PUBSUB, (user, password) -> true, TLS_OPTIONAL.tls(), true);

    @Test
    void saslPlainIsTheOnlyMechanismWheneverSaslIsOffered() {
        for (XmppServiceConfig config : List.of(SmackClients.plainConfig(), TLS_OPTIONAL, TLS_REQUIRED)) {
            StreamGreeting greeting = new StreamGreeting(config);
            for (boolean startTls : new boolean[] {false, true}) {
                for (boolean secured : new boolean[] {false, true}) {
                    String features = greeting.beforeAuthentication(startTls, secured);
                    if (secured || !config.tlsRequired()) {
                        assertThat(features).as("tls required %s, starttls %s, secured %s", config.tlsRequired(),
                                startTls, secured).contains(PLAIN_ONLY).containsOnlyOnce("<mechanism>");
                    } else {
                        assertThat(features).doesNotContain("<mechanism");
                    }
                }
            }
        }
        assertThat(new StreamGreeting(TLS_OPTIONAL).afterAuthentication()).doesNotContain("mechanism");
    }

    @Test
    void overWebSocketTheHeaderIsACompleteOpenElement() {
        String open = new StreamGreeting(SmackClients.plainConfig()).framedOpen();

        assertThat(open).startsWith("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='" + SmackClients.DOMAIN
                + "' id='").endsWith("' version='1.0' xml:lang='en'/>");
        assertThat(XmlDocuments.parse(open.getBytes(StandardCharsets.UTF_8), (declared, depth) -> declared))
                .hasValueSatisfying(element -> assertThat(element.is("open", StreamGreeting.FRAMING)).isTrue());
        assertThat(StreamGreeting.FRAMED_CLOSE).isEqualTo("<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>");
    }
}
