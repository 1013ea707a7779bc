package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpsTest {

    private static SimulatorCertificates certificates;
    private static RunningSimulator sim;

    @BeforeAll
    static void start() throws Exception {
        certificates = SimulatorCertificates.generate("https-test CA", List.of("localhost"), List.of("127.0.0.1"));
        RestServerConfig config = RestServerConfig.localDefaults(DeploymentType.UCCE)
                .withTls(certificates.serverContext())
                .withPlainHttpPort(0);
        sim = new RunningSimulator(config, clientTrustingOnly(certificates));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void servesTheApiOverHttpsToAClientTrustingTheCa() {
        assertThat(sim.server.baseUrl().toString()).isEqualTo("https://127.0.0.1:" + sim.server.port());

        HttpResponse<String> response = sim.get("/finesse/api/User/1001", "1001");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.uri().getScheme()).isEqualTo("https");
        assertThat(xpath(response.body(), "/User/loginId")).isEqualTo("1001");
    }

    @Test
    void servesPlainHttpOnTheExtraPortAtTheSameTime() {
        URI plain = sim.server.plainBaseUrl().orElseThrow();
        assertThat(plain.getScheme()).isEqualTo("http");
        assertThat(plain.getPort()).isNotEqualTo(sim.server.port());

        HttpResponse<String> response = sim.send(sim.request("/finesse/api/SystemInfo", "1001", SimulatorTestClient.password("1001"))
                .uri(plain.resolve("/finesse/api/SystemInfo")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(xpath(response.body(), "/SystemInfo/status")).isEqualTo("IN_SERVICE");
    }

    @Test
    void aClientThatDoesNotTrustTheCaIsRefused() {
        HttpClient defaultTrust = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(sim.uri("/finesse/api/SystemInfo")).build();

        assertThatThrownBy(() -> defaultTrust.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void plainHttpOnlyServerHasNoExtraPort() {
        try (RunningSimulator plain = new RunningSimulator(DeploymentType.UCCE)) {
            assertThat(plain.server.baseUrl().getScheme()).isEqualTo("http");
            assertThat(plain.server.plainBaseUrl()).isEmpty();
        }
    }

    @Test
    void closingReleasesBothPortsAndEveryThread() {
        Set<String> before = simulatorThreads();
        RunningSimulator second = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCX)
                .withTls(certificates.serverContext()).withPlainHttpPort(0), clientTrustingOnly(certificates));
        URI plain = second.server.plainBaseUrl().orElseThrow().resolve("/finesse/api/SystemInfo");
        assertThat(second.get("/finesse/api/SystemInfo", "1001").statusCode()).isEqualTo(200);
        assertThat(simulatorThreads()).hasSizeGreaterThan(before.size());

        second.close();

        // the class-wide simulator still runs: only the second one's threads must be gone
        assertThat(before).containsAll(simulatorThreads());
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(plain).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    private static Set<String> simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("finesse-rest-")).collect(Collectors.toSet());
    }

    static HttpClient clientTrustingOnly(SimulatorCertificates certificates) {
        return HttpClient.newBuilder().sslContext(SimulatorTestClient.trusting(certificates.caCertificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}
