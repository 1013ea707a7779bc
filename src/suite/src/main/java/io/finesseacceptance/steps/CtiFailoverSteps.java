package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.SystemStatusUpdate;
import io.finesseacceptance.notify.UserNotification;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Finesse's CTI failover (docs/finesse-contract.md §20.5): out of service, back in service, then every agent's
 * last state published again. Watched on the session the agent had when the failover began, which stays
 * up whatever the desks do meanwhile.
 */
public class CtiFailoverSteps {

    private final ScenarioAgents agents;
    private final LabConditionSteps conditions;
    private final CurrentRun run;
    private NotificationFeed feed;
    private long mark;
    private long backInService;

    public CtiFailoverSteps(ScenarioAgents agents, LabConditionSteps conditions, CurrentRun run) {
        this.agents = agents;
        this.conditions = conditions;
        this.run = run;
    }

    @SwitchesTheWholeLab
    @Checks("§20.5")
    @When("the CTI connection fails over")
    public void theCtiConnectionFailsOver() {
        feed = agents.agent().feed();
        mark = feed.mark();
        conditions.control().ctiFailover();
    }

    @Checks({"§12.1", "§20.3", "§20.5"})
    @Then("the agent's notifications announce Finesse OUT_OF_SERVICE and then IN_SERVICE within the event timeout")
    public void outOfServiceThenInService() {
        Optional<UserNotification> out = await("SystemInfo OUT_OF_SERVICE", () -> statusAfter(mark, "OUT_OF_SERVICE"));
        backInService = await("SystemInfo IN_SERVICE after OUT_OF_SERVICE",
                () -> statusAfter(out.orElseThrow().sequence(), "IN_SERVICE")).orElseThrow().sequence();
    }

    @Checks({"§6.5", "§20.5"})
    @Then("the agent's notifications then repeat {agentState}, with no request of ours, within the event timeout")
    public void theLastStateIsRepeated(AgentState state) {
        await("the agent's last state " + state + " repeated after IN_SERVICE", () -> feed.since(backInService).stream()
                .filter(notification -> notification.user().filter(user -> user.state() == state).isPresent())
                .filter(notification -> !notification.hasRequestId() && feed.isRepublish(notification)).findFirst());
    }

    @Checks({"§7.1", "§20.5"})
    @Then("reading the agent back after the failover shows {agentState}")
    public void readingBackAfterTheFailover(AgentState state) {
        User user = agents.agent().read();
        assertThat(user.state()).as("agent %s read back (on the %s side) after the CTI failover: %s", user.loginId(),
                agents.agent().side().label(), user).isEqualTo(state);
    }

    private Optional<UserNotification> statusAfter(long after, String status) {
        return feed.since(after).stream().filter(notification -> SystemStatusUpdate.status(notification)
                .filter(status::equals).isPresent()).findFirst();
    }

    private Optional<UserNotification> await(String what, Supplier<Optional<UserNotification>> found) {
        Duration timeout = run.runtime().lab().settings().eventTimeout();
        try {
            return Awaitility.await(what).pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(timeout)
                    .until(found::get, Optional::isPresent);
        } catch (ConditionTimeoutException nothing) {
            List<UserNotification> seen = feed.since(mark);
            throw new AssertionError("agent %s on the %s side: expected %s within %d s after the CTI failover began;"
                    .formatted(feed.agentId(), agents.agent().side().label(), what, timeout.toSeconds())
                    + " the notifications since were:\n  " + (seen.isEmpty() ? "(none)" : seen.stream()
                            .map(UserNotification::summary).collect(Collectors.joining("\n  "))), nothing);
        }
    }
}
