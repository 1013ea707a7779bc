package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Elements written for a TCP stream, made to stand alone for a BOSH body or a WebSocket frame. */
class StanzaNamespacesTest {

    @Test
    void stanzasWithoutANamespaceGetJabberClient() {
        assertThat(StanzaNamespaces.inClientNamespace("<iq type='result' id='1'/>"))
                .isEqualTo("<iq xmlns='jabber:client' type='result' id='1'/>");
        assertThat(StanzaNamespaces.inClientNamespace("<presence/>")).isEqualTo("<presence xmlns='jabber:client'/>");
        assertThat(StanzaNamespaces.inClientNamespace("<message to='a'><body/></message>"))
                .isEqualTo("<message xmlns='jabber:client' to='a'><body/></message>");
        assertThat(StanzaNamespaces.inClientNamespace("<iq xmlns='jabber:client' id='1'/>"))
                .isEqualTo("<iq xmlns='jabber:client' id='1'/>");
        assertThat(StanzaNamespaces.inClientNamespace("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"))
                .isEqualTo("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
    }

    @Test
    void standaloneElementsDeclareTheStreamPrefixAndParseOnTheirOwn() {
        String features = StanzaNamespaces.standalone("<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                + "</stream:features>");
        String error = StanzaNamespaces.standalone(StreamError.element(StreamError.CONFLICT));

        assertThat(features).startsWith("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>");
        assertThat(error).startsWith("<stream:error xmlns:stream='http://etherx.jabber.org/streams'><conflict ");
        for (String xml : new String[] {features, error, StanzaNamespaces.standalone("<iq type='get' id='x'/>")}) {
            assertThat(XmlDocuments.parse(xml.getBytes(StandardCharsets.UTF_8), (declared, depth) -> declared))
                    .as(xml).isPresent();
        }
    }

    @Test
    void aWebSocketFrameIsOneDocumentWithoutDtd() {
        XmlDocuments.Namespaces webSocket = (declared, depth) -> declared.isEmpty() ? "jabber:client" : declared;

        assertThat(XmlDocuments.parse("<presence><priority>1</priority></presence>".getBytes(StandardCharsets.UTF_8), webSocket))
                .hasValueSatisfying(presence -> assertThat(presence.child("priority", "jabber:client")).isPresent());
        assertThat(XmlDocuments.parse("<presence/><presence/>".getBytes(StandardCharsets.UTF_8), webSocket)).isEmpty();
        assertThat(XmlDocuments.parse("<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>".getBytes(StandardCharsets.UTF_8), webSocket)).isEmpty();
        assertThat(XmlDocuments.parse("<iq".getBytes(StandardCharsets.UTF_8), webSocket)).isEmpty();
    }
}
