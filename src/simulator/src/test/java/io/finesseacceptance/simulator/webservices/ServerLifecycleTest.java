package io.finesseacceptance.simulator.webservices;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.DeploymentType;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

    @Test
    void listensOnLoopbackAndClosesWithoutLeavingThreads() {
        RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);
        assertThat(sim.server.port()).isPositive();
        assertThat(sim.server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + sim.server.port());
        assertThat(sim.get("/finesse/api/SystemInfo", "1001").statusCode()).isEqualTo(200);

        sim.close();
        sim.close();

        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("finesse-rest-"));
        HttpRequest request = HttpRequest.newBuilder(sim.uri("/finesse/api/SystemInfo")).build();
        Assertions.assertThatThrownBy(
                () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void closesPromptlyWithAForcedLogoutStillCountingDown() {
        RunningSimulator sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCX)
                .withDesktopDisconnect(Duration.ofMinutes(1), false));
        sim.putUser("1001", SimulatorTestClient.signIn("5001"), "1");
        sim.publisher.awaitNth(1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> StrictXml.xpath(
                sim.get("/finesse/api/User/1001", "1001").body(), "/User/state").equals("NOT_READY"));
        sim.server.desktopPresenceChanged("1001", false);
        assertThat(sim.server.isForcedLogoutPending("1001")).isTrue();

        long started = System.nanoTime();
        sim.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("finesse-rest-"));
        assertThat(sim.publisher.all()).hasSize(1);
    }
}
