package io.finesseacceptance.simulator.xmpp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BOSH by hand over java.net.http, for checking exact bodies and sending what Smack never would. */
final class RawBoshClient {

    static final String HTTPBIND = "xmlns='http://jabber.org/protocol/httpbind'";
    private static final Pattern SID = Pattern.compile("sid='([^']+)'");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI url;
    private long rid = 1000;
    private String sid;

    RawBoshClient(URI url) {
        this.url = url;
    }

    String sid() {
        return sid;
    }

    long nextRid() {
        return ++rid;
    }

    /** Creates a session asking for {@code waitSeconds}; returns the creation response body. */
    String create(int waitSeconds) throws Exception {
        String response = post("<body " + HTTPBIND + " rid='" + rid + "' to='" + SmackClients.DOMAIN + "' xml:lang='en'"
                + " wait='" + waitSeconds + "' hold='1' ver='1.6' xmpp:version='1.0' xmlns:xmpp='urn:xmpp:xbosh'/>").body();
        Matcher matcher = SID.matcher(response);
        if (!matcher.find()) {
            throw new AssertionError("no sid in " + response);
        }
        sid = matcher.group(1);
        return response;
    }

    /** A session past SASL, restart, bind and available presence; the last answer is returned. */
    String loggedIn(String user, String resource) throws Exception {
        create(2);
        expect(send(plainAuth(user)), "<success");
        expect(post(body(nextRid(), " xmpp:restart='true' xmlns:xmpp='urn:xmpp:xbosh'", "")).body(), "<bind");
        expect(send("<iq xmlns='jabber:client' type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>"
                + resource + "</resource></bind></iq>"), "</jid>");
        return expect(send("<presence xmlns='jabber:client'/><iq xmlns='jabber:client' type='get' id='p1'>"
                + "<ping xmlns='urn:xmpp:ping'/></iq>"), "id='p1'");
    }

    static String plainAuth(String user) {
        String plain = Base64.getEncoder().encodeToString(("\0" + user + "\0" + SmackClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + plain + "</auth>";
    }

    /** Sends stanzas with the next rid and returns the answer; with no request held, that is the answer to this one. */
    String send(String stanzas) throws Exception {
        return post(body(nextRid(), "", stanzas)).body();
    }

    String body(long requestId, String attributes, String content) {
        return "<body " + HTTPBIND + " rid='" + requestId + "' sid='" + sid + "'" + attributes + ">" + content + "</body>";
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(request(body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String body) {
        return http.sendAsync(request(body), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> options() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://gadgets.example.test").header("Access-Control-Request-Method", "POST")
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "text/xml; charset=utf-8").timeout(Duration.ofSeconds(30)).build();
    }

    private static String expect(String body, String text) {
        if (!body.contains(text)) {
            throw new AssertionError("expected " + text + " in " + body);
        }
        return body;
    }
}
