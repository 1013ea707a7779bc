package io.finesseacceptance.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The one java.net.http client the tests use to talk to a simulator, as a program outside the project
 * would: Basic credentials on the REST API, the control endpoints, and the User documents a desktop sends.
 * It lives in the simulator's test-jar so that the suite's tests can use it too.
 */
public final class SimulatorTestClient {

    /** Long enough for a CI machine under load; a test waiting on a state uses {@link #awaitState} instead. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STATE_WAIT = Duration.ofSeconds(5);

    private final HttpClient client;
    private final URI baseUrl;
    private final URI control;

    /** A client for a simulator described by its FINESSE_* settings: it trusts the printed CA file. */
    public SimulatorTestClient(Map<String, String> settings) {
        this(URI.create(settings.get("FINESSE_BASE_URL")), URI.create(settings.get("FINESSE_SIMULATOR_CONTROL")),
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                        .sslContext(trusting(Path.of(settings.get("FINESSE_CA_CERT")))).build());
    }

    /**
     * @param control the control endpoints' URL, or null for a REST server started without them
     * @param client e.g. one that trusts the CA behind the server's TLS context
     */
    public SimulatorTestClient(URI baseUrl, URI control, HttpClient client) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.control = control;
    }

    /** GET {@code path} with the agent's default password. */
    public HttpResponse<String> api(String path, String user) {
        return api(path, user, password(user));
    }

    /** GET {@code path} with Basic credentials. */
    public HttpResponse<String> api(String path, String user, String password) {
        return send(request(path, user, password).GET().build());
    }

    /** PUT a User document, as a desktop changes an agent's state. */
    public HttpResponse<String> putUser(String agentId, String password, String body) {
        return send(putUserRequest(agentId, agentId, password, body).build());
    }

    /** PUT a User document as {@code user} (the agent, or a supervisor), with a requestId header unless null. */
    public HttpResponse<String> putUserAs(String user, String agentId, String body, String requestId) {
        HttpRequest.Builder builder = putUserRequest(user, agentId, password(user), body);
        if (requestId != null) {
            builder.header("requestId", requestId);
        }
        return send(builder.build());
    }

    private HttpRequest.Builder putUserRequest(String user, String agentId, String password, String body) {
        return request("/finesse/api/User/" + agentId, user, password).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    /** {@code method} on the control URL plus {@code path}, with {@code body} (none when null). */
    public HttpResponse<String> control(String method, String path, String body) {
        return control(method, path, body, Map.of());
    }

    public HttpResponse<String> control(String method, String path, String body, Map<String, String> headers) {
        if (control == null) {
            throw new IllegalStateException("this simulator was started without its control endpoints");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(control + path)).timeout(REQUEST_TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A request to {@code path} with Basic credentials, for a test that needs another method or URI. */
    public HttpRequest.Builder request(String path, String user, String password) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).header("Authorization", basic(user, password));
    }

    public URI uri(String path) {
        return baseUrl.resolve(path);
    }

    /** Sends as it is; an I/O failure fails the test rather than every caller declaring it. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new AssertionError(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** The agent's state as its User document says, read with its default password. */
    public String stateOf(String agentId) {
        return between(api("/finesse/api/User/" + agentId, agentId).body(), "<state>", "</state>");
    }

    /** State changes are announced after the 202: the User document catches up within a few seconds. */
    public void awaitState(String agentId, String expected) {
        await().atMost(STATE_WAIT).untilAsserted(() ->
                assertThat(stateOf(agentId)).as("agent %s's state", agentId).isEqualTo(expected));
    }

    /** Signs a default agent in on its own extension (1001 on 5001, ...) and waits for NOT_READY. */
    public void signInAndAwait(String agentId) {
        String extension = String.valueOf(5000 + Integer.parseInt(agentId) - 1000);
        assertThat(putUser(agentId, password(agentId), signIn(extension)).statusCode()).isEqualTo(202);
        awaitState(agentId, "NOT_READY");
    }

    /** The simulator's rule for an agent's password (and a supervisor's), from main code. */
    public static String password(String agentId) {
        return AgentDirectory.defaultPassword(agentId);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A User document asking for {@code state}. */
    public static String state(String state) {
        return "<User><state>" + state + "</state></User>";
    }

    /** A User document signing in on {@code extension}. */
    public static String signIn(String extension) {
        return "<User><state>LOGIN</state><extension>" + extension + "</extension></User>";
    }

    /** A User document asking for {@code state} with a reason code. */
    public static String withReason(String state, int reasonCodeId) {
        return "<User><state>" + state + "</state><reasonCodeId>" + reasonCodeId + "</reasonCodeId></User>";
    }

    /** The text between the first {@code open} and the {@code close} after it; fails when there is no {@code open}. */
    public static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        assertThat(start).as("%s in %s", open, text).isNotNegative();
        return text.substring(start + open.length(), text.indexOf(close, start));
    }

    /** The text between {@code open} and {@code close}; {@code absent} when there is no {@code open}. */
    public static String between(String text, String open, String close, String absent) {
        return text.contains(open) ? between(text, open, close) : absent;
    }

    /** TLS trusting only the given PEM file, as a client handed the simulator's printed CA would. */
    public static SSLContext trusting(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            return trusting(CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException | GeneralSecurityException unusable) {
            throw new AssertionError("cannot trust " + caPem, unusable);
        }
    }

    /** TLS trusting only {@code ca}. */
    public static SSLContext trusting(Certificate ca) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("simulator-ca", ca);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException unusable) {
            throw new AssertionError("cannot trust " + ca, unusable);
        }
    }
}
