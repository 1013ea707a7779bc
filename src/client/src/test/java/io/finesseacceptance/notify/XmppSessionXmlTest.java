package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.junit.jupiter.api.Test;

class XmppSessionXmlTest {

    @Test
    void writesTheStanzaExactlyAsSmacksOwnToString() throws Exception {
        StandardExtensionElement event = StandardExtensionElement.builder("event", "http://jabber.org/protocol/pubsub#event")
                .addElement(StandardExtensionElement.builder("items", "http://jabber.org/protocol/pubsub#event")
                        .addAttribute("node", "/finesse/api/User/1001")
                        .addElement(StandardExtensionElement.builder("item", "http://jabber.org/protocol/pubsub#event")
                                .addAttribute("id", "a1")
                                .addElement("notification", "&lt;Update&gt;&lt;event&gt;PUT&lt;/event&gt; &amp; more&lt;/Update&gt;")
                                .build())
                        .build())
                .build();
        Message message = StanzaBuilder.buildMessage("m1").from("pubsub.finesse.example")
                .to("1001@finesse.example/x").addExtension(event).build();

        String ours = XmppSession.xmlOf(message);

        assertThat(ours).isEqualTo(message.toXML().toString());
        assertThat(UpdateParser.parse(ours)).isNotNull();
    }
}
