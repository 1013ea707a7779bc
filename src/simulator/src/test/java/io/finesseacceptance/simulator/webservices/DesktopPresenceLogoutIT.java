package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Finesse's forced logout after a desktop stays unavailable past the grace period (docs/finesse-contract.md §14). */
class DesktopPresenceLogoutIT {

    private static final Duration GRACE = Duration.ofMillis(100);

    @Test
    void uccxSignsTheAgentOutWithReason255AndNoRequestId() {
        try (RunningSimulator sim = simulator(DeploymentType.UCCX, false)) {
            signInAndWait(sim);

            sim.server.desktopPresenceChanged("1001", false);

            String update = sim.publisher.awaitNth(2).updateXml();
            assertThat(sim.publisher.all().get(1).node()).isEqualTo("/finesse/api/User/1001");
            assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("LOGOUT");
            assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("255");
            assertThat(xpath(update, "/Update/data/user/extension")).isEmpty();
            assertThat(xpath(update, "count(/Update/requestId)")).isEqualTo("1");
            assertThat(xpath(update, "/Update/requestId")).isEmpty();
            assertThat(xpath(update, "/Update/source")).isEqualTo("/finesse/api/User/1001");
            assertThat(xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state")).isEqualTo("LOGOUT");
        }
    }

    @Test
    void ucceWithLoadSignsTheAgentOut() {
        try (RunningSimulator sim = simulator(DeploymentType.UCCE, true)) {
            signInAndWait(sim);

            sim.server.desktopPresenceChanged("1001", false);

            String update = sim.publisher.awaitNth(2).updateXml();
            assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("LOGOUT");
            assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("255");
        }
    }

    @Test
    void ucceWithoutLoadLeavesTheAgentNotReady() {
        try (RunningSimulator sim = simulator(DeploymentType.UCCE, false)) {
            signInAndWait(sim);
            sim.putUser("1001", state("READY"), "2");
            sim.publisher.awaitNth(2);

            sim.server.desktopPresenceChanged("1001", false);

            String update = sim.publisher.awaitNth(3).updateXml();
            assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("NOT_READY");
            assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("255");
            assertThat(xpath(update, "/Update/data/user/extension")).isEqualTo("5001");
            assertThat(xpath(update, "/Update/requestId")).isEmpty();
        }
    }

    @Test
    void comingBackWithinTheGracePeriodCancelsTheForcedLogout() {
        try (RunningSimulator sim = simulator(DeploymentType.UCCX, false, Duration.ofMillis(400))) {
            signInAndWait(sim);

            sim.server.desktopPresenceChanged("1001", false);
            assertThat(sim.server.isForcedLogoutPending("1001")).isTrue();
            sim.server.desktopPresenceChanged("1001", true);
            assertThat(sim.server.isForcedLogoutPending("1001")).isFalse();

            // a later, real change proves nothing was published in between
            sim.putUser("1001", state("READY"), "after");
            String next = sim.publisher.awaitNth(2).updateXml();
            assertThat(xpath(next, "/Update/requestId")).isEqualTo("after");
            await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                    .until(() -> sim.publisher.all().size() == 2);
            assertThat(xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state")).isEqualTo("READY");
        }
    }

    @Test
    void signedOutAgentsAndUnknownIdsAreLeftAlone() {
        try (RunningSimulator sim = simulator(DeploymentType.UCCX, false)) {
            sim.server.desktopPresenceChanged("1001", false);
            sim.server.desktopPresenceChanged("no-such-agent", false);

            assertThat(sim.server.isForcedLogoutPending("1001")).isFalse();
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> sim.publisher.all().isEmpty());
        }
    }

    @Test
    void anAgentWhoSignsOutDuringTheGracePeriodGetsNoForcedUpdate() {
        try (RunningSimulator sim = simulator(DeploymentType.UCCX, false, Duration.ofMillis(300))) {
            signInAndWait(sim);

            sim.server.desktopPresenceChanged("1001", false);
            sim.putUser("1001", state("LOGOUT"), "bye");

            assertThat(xpath(sim.publisher.awaitNth(2).updateXml(), "/Update/requestId")).isEqualTo("bye");
            await().atMost(Duration.ofSeconds(2)).until(() -> !sim.server.isForcedLogoutPending("1001"));
            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                    .until(() -> sim.publisher.all().size() == 2);
        }
    }

    @Test
    void followingTheUserOnlyTheLastAvailableSessionGoingStartsTheGrace() {
        try (RunningSimulator sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCX)
                .withDesktopDisconnect(Duration.ofSeconds(30), false)
                .withForcedLogoutPresence(ForcedLogoutPresence.USER))) {
            signInAndWait(sim);
            sim.server.sessionPresenceChanged("1001", "desktop", DesktopPresence.AVAILABLE);
            sim.server.sessionPresenceChanged("1001", "finesse-acceptance-1", DesktopPresence.AVAILABLE);

            sim.server.sessionPresenceChanged("1001", "desktop", DesktopPresence.DROPPED);
            assertThat(sim.server.isForcedLogoutPending("1001")).as("another session is still available").isFalse();
            sim.server.sessionPresenceChanged("1001", "finesse-acceptance-1", DesktopPresence.CLOSED);
            assertThat(sim.server.isForcedLogoutPending("1001")).as("no session left").isTrue();
            sim.server.sessionPresenceChanged("1001", "finesse-acceptance-2", DesktopPresence.AVAILABLE);
            assertThat(sim.server.isForcedLogoutPending("1001")).as("any session back cancels it").isFalse();
        }
    }

    @Test
    void followingTheDesktopOtherSessionsNeverStartOrCancelTheGrace() {
        try (RunningSimulator sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCX)
                .withDesktopDisconnect(Duration.ofSeconds(30), false))) {
            signInAndWait(sim);
            sim.server.sessionPresenceChanged("1001", "desktop", DesktopPresence.AVAILABLE);

            sim.server.sessionPresenceChanged("1001", "finesse-acceptance-1", DesktopPresence.DROPPED);
            assertThat(sim.server.isForcedLogoutPending("1001")).isFalse();
            sim.server.sessionPresenceChanged("1001", "desktop", DesktopPresence.UNAVAILABLE);
            assertThat(sim.server.isForcedLogoutPending("1001")).isTrue();
            sim.server.sessionPresenceChanged("1001", "finesse-acceptance-1", DesktopPresence.AVAILABLE);
            assertThat(sim.server.isForcedLogoutPending("1001")).as("only the desktop cancels it").isTrue();
        }
    }

    private static RunningSimulator simulator(DeploymentType type, boolean logoutOnAgentDisconnect) {
        return simulator(type, logoutOnAgentDisconnect, GRACE);
    }

    private static RunningSimulator simulator(DeploymentType type, boolean logoutOnAgentDisconnect, Duration grace) {
        return new RunningSimulator(RestServerConfig.localDefaults(type)
                .withDesktopDisconnect(grace, logoutOnAgentDisconnect));
    }

    private static void signInAndWait(RunningSimulator sim) {
        assertThat(sim.putUser("1001", signIn("5001"), "1").statusCode()).isEqualTo(202);
        sim.publisher.awaitNth(1);
        await().atMost(Duration.ofSeconds(5)).until(
                () -> xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state").equals("NOT_READY"));
    }
}
