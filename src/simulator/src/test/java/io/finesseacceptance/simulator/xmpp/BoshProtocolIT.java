package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.RawBoshClient.HTTPBIND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** XEP-0124/XEP-0206 behaviour checked on the wire with hand-written bodies. */
class BoshProtocolIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private XmppNotificationService service = start(Duration.ofSeconds(60));
    private RawBoshClient client = new RawBoshClient(service.boshUrl());

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void createsSessionWithFeaturesAndRestartsAfterSasl() throws Exception {
        String created = client.create(5);

        assertThat(created).startsWith("<body " + HTTPBIND)
                .contains("sid='" + client.sid() + "'", "wait='5'", "requests='2'", "hold='1'", "inactivity='60'",
                        "polling='", "ver='1.6'", "from='" + SmackClients.DOMAIN + "'", "xmpp:version='1.0'",
                        "xmlns:xmpp='urn:xmpp:xbosh'", "xmlns:stream='http://etherx.jabber.org/streams'")
                .contains("<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism>")
                .doesNotContain("starttls");
        assertThat(client.send(RawBoshClient.plainAuth("1001"))).contains("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
        assertThat(client.post(client.body(client.nextRid(), " xmpp:restart='true' xmlns:xmpp='urn:xmpp:xbosh'", "")).body())
                .contains("<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>", "<session ")
                .doesNotContain("mechanisms");
    }

    @Test
    void answersHeldRequestWithPublishedNotificationAndEmptyBodyAfterWait() throws Exception {
        client.loggedIn("1001", "bosh");

        long start = System.nanoTime();
        assertThat(client.post(client.body(client.nextRid(), "", "")).body()).isEqualTo("<body " + HTTPBIND + "/>");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(5));

        CompletableFuture<HttpResponse<String>> held = client.postAsync(client.body(client.nextRid(), "", ""));
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> !held.isDone());
        service.publish("/finesse/api/User/1001", "<Update><seq>1</seq></Update>");
        assertThat(held.get(10, TimeUnit.SECONDS).body())
                .contains("<message xmlns='jabber:client' from=\"pubsub." + SmackClients.DOMAIN + "\"")
                .contains("&lt;seq&gt;1&lt;/seq&gt;");
    }

    @Test
    void answersSeveralStanzasOfOneBodyInOrder() throws Exception {
        client.loggedIn("1001", "bosh");

        String answer = client.send("<iq xmlns='jabber:client' type='get' id='a'><ping xmlns='urn:xmpp:ping'/></iq>"
                + "<iq type='get' id='b'><ping xmlns='urn:xmpp:ping'/></iq>"
                + "<iq xmlns='jabber:client' type='get' id='c'><ping xmlns='urn:xmpp:ping'/></iq>");

        assertThat(answer).containsSubsequence("id='a'", "id='b'", "id='c'");
    }

    @Test
    void processesRequestsInRidOrderWhateverOrderTheyArrive() throws Exception {
        client.loggedIn("1001", "bosh");
        long first = client.nextRid();
        long second = client.nextRid();

        CompletableFuture<HttpResponse<String>> later = client.postAsync(client.body(second, "",
                "<iq xmlns='jabber:client' type='get' id='second'><ping xmlns='urn:xmpp:ping'/></iq>"));
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> !later.isDone());
        String answer = client.post(client.body(first, "",
                "<iq xmlns='jabber:client' type='get' id='first'><ping xmlns='urn:xmpp:ping'/></iq>")).body();

        assertThat(answer).containsSubsequence("id='first'", "id='second'");
        assertThat(later.get(10, TimeUnit.SECONDS).body()).isEqualTo("<body " + HTTPBIND + "/>");
    }

    @Test
    void repeatsTheCachedAnswerForARepeatedRid() throws Exception {
        client.loggedIn("1001", "bosh");
        long rid = client.nextRid();
        String ping = "<iq xmlns='jabber:client' type='get' id='once'><ping xmlns='urn:xmpp:ping'/></iq>";

        String first = client.post(client.body(rid, "", ping)).body();
        String again = client.post(client.body(rid, "", ping)).body();

        assertThat(first).contains("id='once'");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void terminatesOnRidOutsideTheWindow() throws Exception {
        client.loggedIn("1001", "bosh");
        List<String> events = presenceEvents();

        String answer = client.post(client.body(client.nextRid() + 5, "", "")).body();

        assertThat(answer).contains("type='terminate'", "condition='item-not-found'");
        await().atMost(WAIT).until(() -> events.contains("1001=false"));
        assertThat(client.post(client.body(client.nextRid(), "", "")).body()).contains("condition='item-not-found'");
    }

    @Test
    void answersUnknownSidWithItemNotFound() throws Exception {
        HttpResponse<String> response = client.post("<body " + HTTPBIND + " rid='5' sid='no-such-session'/>");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("type='terminate'", "condition='item-not-found'");
    }

    @Test
    void clientTerminateEndsTheSessionWithUnavailablePresence() throws Exception {
        List<String> events = presenceEvents();
        client.loggedIn("1001", "bosh");
        await().atMost(WAIT).until(() -> events.contains("1001=true"));

        String answer = client.post(client.body(client.nextRid(), " type='terminate'",
                "<presence xmlns='jabber:client' type='unavailable'/>")).body();

        assertThat(answer).contains("type='terminate'");
        await().atMost(WAIT).until(() -> events.equals(List.of("1001=true", "1001=false")));
        assertThat(service.boshSessionCount()).isZero();
    }

    @Test
    void reapsHalfOpenSessionsAfterInactivity() throws Exception {
        service.close();
        service = start(Duration.ofMillis(500));
        client = new RawBoshClient(service.boshUrl());
        List<String> events = presenceEvents();
        client.loggedIn("1001", "gone");

        await().atMost(WAIT).until(() -> events.equals(List.of("1001=true", "1001=false")));
        assertThat(service.boshSessionCount()).isZero();
    }

    @Test
    void rejectsMalformedBodiesWithBadRequest() throws Exception {
        client.create(5);

        assertThat(client.post("<body " + HTTPBIND + " rid='1'><unclosed></body>").statusCode()).isEqualTo(400);
        assertThat(client.post("not xml at all").statusCode()).isEqualTo(400);
        assertThat(client.post("<message xmlns='jabber:client'/>").statusCode()).isEqualTo(400);
        assertThat(client.post("<body " + HTTPBIND + " sid='" + client.sid() + "'/>").statusCode()).isEqualTo(400);
        assertThat(client.post("<!DOCTYPE body [<!ENTITY x 'y'>]><body " + HTTPBIND + " rid='1'>&x;</body>").statusCode())
                .isEqualTo(400);
    }

    @Test
    void answersCorsPreflight() throws Exception {
        HttpResponse<String> response = client.options();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
    }

    @Test
    void closeAnswersHeldRequestsAndLeavesNoThreads() throws Exception {
        client.loggedIn("1001", "bosh");
        CompletableFuture<HttpResponse<String>> held = client.postAsync(client.body(client.nextRid(), "", ""));
        await().during(Duration.ofMillis(200)).atMost(WAIT).until(() -> !held.isDone());

        service.close();

        assertThat(held.get(10, TimeUnit.SECONDS).body()).contains("type='terminate'", "condition='system-shutdown'");
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(thread -> thread.getName().startsWith("xmpp-") || thread.getName().startsWith("globalEventExecutor"));
    }

    private List<String> presenceEvents() {
        List<String> events = new CopyOnWriteArrayList<>();
        service.addPresenceListener((user, available) -> events.add(user + "=" + available));
        return events;
    }

    private static XmppNotificationService start(Duration inactivity) {
        return XmppNotificationService.start(SmackClients.plainConfig().withBosh(0, false).withBoshInactivity(inactivity));
    }
}
