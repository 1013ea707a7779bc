package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class XmppStreamRobustnessIT {

    private static final String NOT_WELL_FORMED =
            "<stream:error><not-well-formed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>";

    private XmppNotificationService service = XmppNotificationService.start(SmackClients.plainConfig());

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void sendsExactFinesseNotificationBytes() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            service.publish("/finesse/api/User/1001", "<Update><a x=\"1\">&amp;</a></Update>");

            String wire = client.awaitText("</message>");
            assertThat(wire).matches("<message from=\"pubsub\\.finesse\\.example\\.test\" to=\"1001@finesse\\.example\\.test/res1\""
                    + " id=\"/finesse/api/User/1001__1001@finesse\\.example\\.test__[A-Za-z0-9]{5}\">"
                    + "<event xmlns=\"http://jabber\\.org/protocol/pubsub#event\"><items node=\"/finesse/api/User/1001\">"
                    + "<item id=\"[0-9a-f-]{36}\"><notification xmlns=\"http://jabber\\.org/protocol/pubsub\">"
                    + "&lt;Update&gt;&lt;a x=&quot;1&quot;&gt;&amp;amp;&lt;/a&gt;&lt;/Update&gt;"
                    + "</notification></item></items></event></message>");
        }
    }

    @Test
    void negativePriorityStopsDelivery() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            client.send("<presence><priority>-1</priority></presence><iq type='get' id='n1'><ping xmlns='urn:xmpp:ping'/></iq>");
            client.awaitText("id='n1'");
            service.publish("/finesse/api/User/1001", "<Update>hidden</Update>");
            client.send("<presence><priority>5</priority></presence><iq type='get' id='n2'><ping xmlns='urn:xmpp:ping'/></iq>");
            client.awaitText("id='n2'");
            service.publish("/finesse/api/User/1001", "<Update>shown</Update>");

            assertThat(client.awaitText("</message>")).contains("shown").doesNotContain("hidden");
        }
    }

    @Test
    void ignoresStanzasAfterAStreamError() throws Exception {
        try (RawXmppClient client = new RawXmppClient(service.port())) {
            client.send(RawXmppClient.STREAM_OPEN);
            client.awaitText("</stream:features>");
            client.send("<iq type='get' id='early'><ping xmlns='urn:xmpp:ping'/></iq>"
                    + "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>ADEwMDEAc2VjcmV0</auth>");

            assertThat(client.awaitClose(Duration.ofSeconds(10)))
                    .contains("<not-authorized xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>").doesNotContain("<success");
        }
    }

    @Test
    void answersUnknownIqWithServiceUnavailable() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            client.send("<iq type='get' id='v1'><query xmlns='jabber:iq:version'/></iq>");

            assertThat(client.awaitText("</iq>"))
                    .contains("type='error'", "id='v1'", "<service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>");
        }
    }

    @Test
    void acceptsStanzasSplitAcrossReads() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            byte[] ping = "<iq type='get' id='split'><ping xmlns='urn:xmpp:ping'/></iq>".getBytes(StandardCharsets.UTF_8);
            for (byte b : ping) {
                client.send(new byte[] {b});
            }

            assertThat(client.awaitText("</iq>")).contains("type='result'", "id='split'");
        }
    }

    @Test
    void endsStreamOnMalformedXml() throws Exception {
        try (RawXmppClient client = new RawXmppClient(service.port())) {
            client.send(RawXmppClient.STREAM_OPEN);
            client.awaitText("</stream:features>");
            client.send("<iq type='get'><<oops/></iq>");

            assertThat(client.awaitClose(Duration.ofSeconds(10))).endsWith(NOT_WELL_FORMED);
        }
    }

    @Test
    void sendsStreamHeaderBeforeErrorWhenGarbageComesFirst() throws Exception {
        try (RawXmppClient client = new RawXmppClient(service.port())) {
            client.send("GET / HTTP/1.1\r\n\r\n");

            String wire = client.awaitClose(Duration.ofSeconds(10));
            assertThat(wire).startsWith("<?xml version='1.0'?><stream:stream ").endsWith(NOT_WELL_FORMED);
        }
    }

    @Test
    void endsStreamOnStanzaOverOneMebibyte() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            client.send("<message to='x@finesse.example.test'><body>");
            byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 17; i++) {
                client.send(chunk);
            }

            assertThat(client.awaitClose(Duration.ofSeconds(10))).endsWith(NOT_WELL_FORMED);
        }
    }

    @Test
    void rejectsDoctype() throws Exception {
        try (RawXmppClient client = new RawXmppClient(service.port())) {
            client.send("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]>" + RawXmppClient.STREAM_OPEN.substring(21));

            assertThat(client.awaitClose(Duration.ofSeconds(10))).endsWith(NOT_WELL_FORMED);
        }
    }

    @Test
    void answersStreamCloseAndDisconnects() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            client.send("</stream:stream>");

            assertThat(client.awaitClose(Duration.ofSeconds(10))).isEqualTo("</stream:stream>");
        }
    }

    @Test
    void pingsSilentClientsAndClosesThoseThatStaySilent() throws Exception {
        service.close();
        service = XmppNotificationService.start(SmackClients.plainConfig(), Duration.ofSeconds(2));
        try (RawXmppClient answering = RawXmppClient.loggedIn(service.port(), "1001", "answers");
             RawXmppClient silent = RawXmppClient.loggedIn(service.port(), "1002", "silent")) {
            String ping = answering.awaitText("</iq>");
            assertThat(ping).contains("type='get'", "to='1001@finesse.example.test/answers'", "<ping xmlns='urn:xmpp:ping'/>");
            String id = ping.replaceAll("(?s).*id='([^']+)'.*", "$1");
            answering.send("<iq type='result' id='" + id + "' to='finesse.example.test'/>");

            assertThat(silent.awaitClose(Duration.ofSeconds(10)))
                    .endsWith("<stream:error><connection-timeout xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>");
            answering.clear();
            answering.send("<iq type='get' id='alive'><ping xmlns='urn:xmpp:ping'/></iq>");
            assertThat(answering.awaitText("id='alive'")).contains("type='result'");
        }
    }

    @Test
    void closesSilentConnectionsThatNeverLoggedIn() throws Exception {
        service.close();
        service = XmppNotificationService.start(SmackClients.plainConfig(), Duration.ofMillis(300));
        try (RawXmppClient client = new RawXmppClient(service.port())) {
            client.send(RawXmppClient.STREAM_OPEN);

            assertThat(client.awaitClose(Duration.ofSeconds(10))).contains("connection-timeout");
        }
    }

    @Test
    void dropsClientThatStopsReading() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        service.addPresenceListener((user, available) -> events.add(user + "=" + available));
        try (RawXmppClient lazy = RawXmppClient.loggedIn(service.port(), "1001", "lazy")) {
            String update = "<Update>" + "x".repeat(64 * 1024) + "</Update>";

            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (int i = 0; i < 50; i++) {
                    service.publish("/finesse/api/User/1001", update);
                }
                return events.contains("1001=false");
            });
        }
    }

    @Test
    void closeLeavesNoThreadsBehind() throws Exception {
        try (RawXmppClient client = RawXmppClient.loggedIn(service.port(), "1001", "res1")) {
            service.close();

            assertThat(client.awaitClose(Duration.ofSeconds(10))).contains("system-shutdown");
        }
        service.close(); // idempotent
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("xmpp-") || thread.getName().startsWith("globalEventExecutor"));
    }
}
