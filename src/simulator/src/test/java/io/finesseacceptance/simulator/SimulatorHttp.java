package io.finesseacceptance.simulator;

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
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A java.net.http client for a simulator described by its FINESSE_* settings, as a program outside the
 * project would use it: it trusts the printed CA file, and signs in with an agent id and password.
 */
final class SimulatorHttp {

    private final HttpClient client;
    private final URI baseUrl;
    private final URI control;

    SimulatorHttp(Map<String, String> settings) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .sslContext(trusting(Path.of(settings.get("FINESSE_CA_CERT")))).build();
        this.baseUrl = URI.create(settings.get("FINESSE_BASE_URL"));
        this.control = URI.create(settings.get("FINESSE_SIMULATOR_CONTROL"));
    }

    /** GET {@code /finesse/api/...} with the agent's Basic credentials. */
    HttpResponse<String> api(String path, String user, String password) {
        return send(HttpRequest.newBuilder(baseUrl.resolve(path)).header("Authorization", basic(user, password))
                .GET());
    }

    /** PUT a User document, as a desktop changes an agent's state. */
    HttpResponse<String> putUser(String agentId, String password, String body) {
        return send(HttpRequest.newBuilder(baseUrl.resolve("/finesse/api/User/" + agentId))
                .header("Authorization", basic(agentId, password)).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code method} on the control URL plus {@code path}, with {@code body} (none when null). */
    HttpResponse<String> control(String method, String path, String body) {
        return control(method, path, body, Map.of());
    }

    HttpResponse<String> control(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(control + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new AssertionError(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static SSLContext trusting(Path caPem) {
        try (InputStream in = Files.newInputStream(caPem)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("simulator-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException unusable) {
            throw new AssertionError("cannot trust " + caPem, unusable);
        }
    }
}
