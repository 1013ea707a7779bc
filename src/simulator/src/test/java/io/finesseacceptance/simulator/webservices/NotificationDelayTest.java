package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.DeploymentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotificationDelayTest {

    @Test
    void changeTakesEffectOnlyWhenItsUpdateIsPublished() {
        RestServerConfig config = new RestServerConfig("127.0.0.1", 0,
                SystemInfoSettings.localDefaults(DeploymentType.UCCE), Duration.ofMillis(400));
        try (RunningSimulator sim = new RunningSimulator(config)) {
            long start = System.nanoTime();
            assertThat(sim.putUser("1001", SimulatorTestClient.signIn("5001"), "slow").statusCode()).isEqualTo(202);
            assertThat(xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state")).isEqualTo("LOGOUT");

            sim.publisher.awaitNth(1);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state")).isEqualTo("NOT_READY");
        }
    }
}
