package io.finesseacceptance.simulator.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
