package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the simulator serves and publishes, against the documented Finesse shapes in the fixtures. */
class ConformanceTest {

    // UCCE with LOAD=1, so a forced logout is a LOGOUT as in the fixture
    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCE)
            .withDesktopDisconnect(Duration.ofMillis(50), true));

    @Test
    void userAndItsUpdateHaveTheDocumentedShape() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", state("READY"), "2");

        assertThat(sim.putUser("1001", withReason("NOT_READY", 2), "req-42").statusCode()).isEqualTo(202);

        RecordingPublisher.Published update = sim.publisher.awaitNth(3);
        assertThat(update.node()).isEqualTo("/finesse/api/User/1001");
        FixtureShape.load("user-update.xml").assertMatches(update.updateXml());
        FixtureShape.load("user.xml").assertMatches(sim.get("/finesse/api/User/1001", "1001").body());
    }

    @Test
    void forcedLogoutUpdateHasTheDocumentedShape() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.publisher.awaitNth(1);

        sim.server.desktopPresenceChanged("1001", false);

        FixtureShape.load("user-forced-logout-update.xml").assertMatches(sim.publisher.awaitNth(2).updateXml());
    }

    @Test
    void ctiRejectionUpdateHasTheDocumentedShape() {
        assertThat(sim.putUser("1001", state("NOT_READY"), "cti-1").statusCode()).isEqualTo(202);

        FixtureShape.load("cti-error-update.xml").assertMatches(sim.publisher.awaitNth(1).updateXml());
    }

    @Test
    void synchronousErrorsHaveTheDocumentedShape() {
        HttpResponse<String> invalidState = sim.putUser("1001", state("TALKING"), "1");
        assertThat(invalidState.statusCode()).isEqualTo(400);
        FixtureShape.load("api-errors-invalid-state-input.xml").assertMatches(invalidState.body());

        sim.server.controls().setReasonCodeRequired(ReasonCodeCategory.NOT_READY, true);
        sim.putUser("1001", signIn("5001"), "2");
        sim.putUser("1001", state("READY"), "3");
        HttpResponse<String> reasonMissing = sim.putUser("1001", state("NOT_READY"), "4");
        assertThat(reasonMissing.statusCode()).isEqualTo(400);
        FixtureShape.load("api-errors-reason-code-required.xml").assertMatches(reasonMissing.body());

        sim.server.controls().setOutOfService(true);
        HttpResponse<String> outOfService = sim.get("/finesse/api/User/1001", "1001");
        assertThat(outOfService.statusCode()).isEqualTo(503);
        FixtureShape.load("api-errors-out-of-service.xml").assertMatches(outOfService.body());
    }

    @Test
    void reasonCodesHaveTheDocumentedShape() {
        HttpResponse<String> response = sim.get("/finesse/api/User/1001/ReasonCodes?category=LOGOUT", "1001");

        assertThat(response.statusCode()).isEqualTo(200);
        FixtureShape.load("reason-codes.xml").assertMatches(response.body());
    }

    @Test
    void systemInfoHasTheDocumentedShape() {
        HttpResponse<String> response = sim.get("/finesse/api/SystemInfo", "1001");

        assertThat(response.statusCode()).isEqualTo(200);
        FixtureShape.load("system-info.xml").assertMatches(response.body());
    }
}
