package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.simulator.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short load run (50 agents, about 20 s, the embedded simulator): asserts on counts only, never on
 * times, so a busy CI machine cannot make it flaky. A tiny one over agents found signed in: they are
 * put back as found. And a short one over a two-node simulator: the agents are spread over both sides and
 * each side's counts add up to the totals.
 */
class LoadRunIT {

    private static final int AGENTS = 50;

    @Test
    void everyRequestIsAcceptedEveryNotificationArrivesAndEveryAgentEndsSignedOut(@TempDir Path output)
            throws Exception {
        LoadPlan plan = LoadPlan.from(new Properties(), 0)
                .scaledTo(AGENTS, Duration.ofSeconds(17), Duration.ofSeconds(3), output);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        LoadResult result = LoadCommand.runOnSimulator(plan, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(result.problems()).as(text).isEmpty();
        assertThat(result.agentsUp()).isEqualTo(AGENTS);
        for (TransitionStats stats : result.transitions()) {
            assertThat(stats.requests()).as(stats.transition().label()).isPositive();
            assertThat(stats.acceptedCount()).as(stats.transition().label()).isEqualTo(stats.requests());
            assertThat(stats.errorCount()).as(stats.transition().label()).isZero();
            assertThat(stats.receivedCount()).as(stats.transition().label()).isEqualTo(stats.expectedCount())
                    .isEqualTo(stats.requests());
            assertThat(stats.missingCount()).isZero();
        }
        assertThat(result.signedOut()).isEqualTo(AGENTS);
        assertThat(result.closed()).isEqualTo(AGENTS);
        assertThat(result.stillCycling()).isZero();
        assertThat(output).isDirectoryContaining("glob:**/put-latency.hlog")
                .isDirectoryContaining("glob:**/notification-latency.hlog")
                .isDirectoryContaining("glob:**/summary.json")
                .isDirectoryContaining("glob:**/notification-latency.svg");
        assertThat(text).contains("agents up").contains("Every request answered 202");
    }

    @Test
    void onTwoNodesTheAgentsAreSpreadOverBothSidesAndEachSideIsCounted(@TempDir Path output) throws Exception {
        int agents = 20;
        LoadPlan plan = LoadPlan.from(new Properties(), 0)
                .scaledTo(agents, Duration.ofSeconds(8), Duration.ofSeconds(2), output);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        LoadResult result = LoadCommand.runOnSimulator(SimulatorConfig.defaults().withNodes(2), plan,
                new PrintStream(printed, true, StandardCharsets.UTF_8), settings -> { }, settings -> { });

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(result.problems()).as(text).isEmpty();
        assertThat(result.sides()).extracting(SideResult::side).containsExactly(Side.PRIMARY, Side.SECONDARY);
        assertThat(result.sides()).extracting(SideResult::agents).containsExactly(agents / 2, agents / 2);
        for (SideResult side : result.sides()) {
            assertThat(side.changes()).as(side.side().label()).isPositive();
            assertThat(side.errors() + side.missing()).as(side.side().label()).isZero();
            assertThat(side.transitions()).allSatisfy(stats -> assertThat(stats.requests()).isPositive());
        }
        assertThat(result.sides().stream().mapToLong(SideResult::changes).sum()).isEqualTo(result.confirmedChanges());
        for (TransitionStats total : result.transitions()) {
            assertThat(result.sides().stream().flatMap(side -> side.transitions().stream())
                    .filter(stats -> stats.transition() == total.transition()).mapToLong(TransitionStats::requests)
                    .sum()).as(total.transition().label()).isEqualTo(total.requests())
                    .isEqualTo(total.receivedCount());
        }
        assertThat(result.signedOut()).isEqualTo(agents);
        assertThat(result.closed()).isEqualTo(agents);
        assertThat(text).contains("Sides: primary https://").contains(", secondary https://")
                .contains("Sessions: 20 up (primary 10, secondary 10)")
                .contains("primary side: 10 agents").contains("secondary side: 10 agents");
        assertThat(Files.readString(output.resolve("summary.json"))).contains("\"side\" : \"secondary\"");
        assertThat(Files.readString(output.resolve("notification-latency.hlog"))).contains("Tag=SIGN_IN.secondary,");
    }

    @Test
    void agentsFoundSignedInArePutBackAsTheyWereFound(@TempDir Path output) throws Exception {
        LoadPlan plan = LoadPlan.from(new Properties(), 0)
                .scaledTo(4, Duration.ofSeconds(3), Duration.ofSeconds(1), output);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, AgentState> afterwards = new HashMap<>();

        LoadResult result = LoadCommand.runOnSimulator(plan, new PrintStream(printed, true, StandardCharsets.UTF_8),
                settings -> {
                    FinesseRestClient rest = rest(settings);
                    AgentAccount ready = settings.agents().get(0);
                    signIn(rest, settings.agents().get(1));
                    signIn(rest, ready);
                    rest.changeState(ready, AgentStateRequest.of(AgentState.READY), "load-test-ready");
                    awaitState(rest, ready, AgentState.READY);
                },
                settings -> settings.agents().forEach(agent -> afterwards.put(agent.id(), rest(settings).user(agent).state())));

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(result.problems()).as(text).isEmpty();
        assertThat(result.afterwards().signedOut()).as("every cycle ends signed out").isEqualTo(4);
        assertThat(result.afterwards().foundSignedIn()).isEqualTo(2);
        assertThat(result.afterwards().putBack()).isEqualTo(2);
        assertThat(afterwards.values()).containsExactlyInAnyOrder(AgentState.READY, AgentState.NOT_READY,
                AgentState.LOGOUT, AgentState.LOGOUT);
        assertThat(text).contains("2 of 2 found signed in put back");
    }

    private static FinesseRestClient rest(LabSettings settings) {
        return FinesseRestClient.lean(settings, TlsTrust.from(settings));
    }

    private static void signIn(FinesseRestClient rest, AgentAccount agent) {
        rest.changeState(agent, AgentStateRequest.signIn(agent.extension()), "load-test-sign-in-" + agent.id());
        awaitState(rest, agent, AgentState.NOT_READY);
    }

    private static void awaitState(FinesseRestClient rest, AgentAccount agent, AgentState state) {
        Awaitility.await("agent " + agent.id() + " " + state).atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20)).until(() -> rest.user(agent).state() == state);
    }
}
