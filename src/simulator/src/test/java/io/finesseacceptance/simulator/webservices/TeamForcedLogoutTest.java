package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A forced logout (presence gone) is a team member's state change too: the team node hears of it (§19). */
class TeamForcedLogoutTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCX)
            .withDesktopDisconnect(Duration.ofMillis(50), false));

    @Test
    void theForcedLogoutIsPublishedOnTheTeamNodeWithoutRequestId() {
        sim.putUser("1002", signIn("5002"), "in");
        sim.publisher.awaitNthOnTeam(1);

        sim.server.desktopPresenceChanged("1002", false);

        RecordingPublisher.Published update = sim.publisher.awaitNthOnTeam(2);
        assertThat(update.node()).isEqualTo("/finesse/api/Team/5000/Users");
        assertThat(xpath(update.updateXml(), "/Update/source")).isEqualTo("/finesse/api/User/1002");
        assertThat(xpath(update.updateXml(), "/Update/requestId")).isEmpty();
        assertThat(xpath(update.updateXml(), "/Update/data/user/state")).isEqualTo("LOGOUT");
    }
}
