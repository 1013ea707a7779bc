package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.upgrade.Baseline;
import io.finesseacceptance.upgrade.BaselineFile;
import io.finesseacceptance.upgrade.UpgradeBaselineTask;
import io.finesseacceptance.upgrade.UpgradeVerdictFailed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade baseline from end to end, as QA uses it: record a baseline from two runs of the release before
 * (the simulator as it is), compare runs of the same release with it ten times (no change, no false
 * finding), then compare a run of the next release (the simulator's {@code --release NEXT}), whose every
 * planted change the verdict must name, and which must fail the run.
 *
 * <p>The simulator's CTI link takes 50 ms here, as a lab's takes tens of milliseconds: three times that is a
 * shift a comparison must see, where three times the default 1 ms would be lost in scheduling noise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeVerdictSelfIT {

    private static final Duration CTI_DELAY = Duration.ofMillis(50);
    /**
     * Every feature but the one that switches the whole lab (it runs alone, and adds nothing to compare) and
     * those that wait out a forced logout or take turns as the supervisor: thirteen runs would pay their waits
     * thirteen times, and they add no kind of document or answer the others do not.
     */
    private static final String TAGS = "not @simulator-only and not @forced-logout and not @supervisor";
    private static final int REPEATED_COMPARISONS = 10;

    @TempDir
    static Path dir;

    private static Path baseline() {
        return dir.resolve("baseline.json");
    }

    /** The agents' passwords of the last run's simulator: a baseline must hold none of them. */
    private static List<String> passwords = List.of();

    private static FeatureRun.Outcome run(Release release, Map<String, String> baselineSettings) {
        return run(SimulatorConfig.defaults(), release, baselineSettings);
    }

    private static FeatureRun.Outcome run(SimulatorConfig config, Release release, Map<String, String> baselineSettings) {
        SimulatorConfig options = config.withNotificationDelay(CTI_DELAY).withRelease(release);
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = new HashMap<>(simulator.labSettings());
            settings.put(LabSettings.EVENT_TIMEOUT, "3");
            settings.put(LabSettings.QUIET_PERIOD, "0.5");
            settings.putAll(baselineSettings);
            passwords = Arrays.stream(settings.get(LabSettings.AGENTS).split(","))
                    .map(agent -> agent.substring(agent.indexOf(':') + 1)).toList();
            return FeatureRun.run(settings, TAGS);
        }
    }

    private static Map<String, String> comparing(Path verdict) {
        return Map.of(UpgradeBaselineTask.COMPARE, baseline().toString(), UpgradeBaselineTask.VERDICT, verdict.toString());
    }

    @Test
    @Order(1)
    void aBaselineIsRecordedFromTwoRunsOfTheReleaseBefore() throws IOException {
        FeatureRun.Outcome first = run(Release.CURRENT, Map.of(UpgradeBaselineTask.RECORD, baseline().toString()));
        FeatureRun.Outcome second = run(Release.CURRENT, Map.of(UpgradeBaselineTask.RECORD, baseline().toString(),
                UpgradeBaselineTask.APPEND, "true"));

        assertThat(first.failures()).as(first.failureMessages()).isEmpty();
        assertThat(second.failures()).as(second.failureMessages()).isEmpty();
        Baseline recorded = BaselineFile.read(baseline());
        String json = Files.readString(baseline());
        assertThat(recorded.runs()).isEqualTo(2);
        assertThat(recorded.systemInfo()).containsEntry("ctiVersion", "20").containsEntry("deploymentType", "UCCE")
                .containsEntry("xmppPubSubDomain", "pubsub.<xmppDomain>");
        assertThat(recorded.documents()).containsKeys("User (GET)", "Update (XMPP)", "SystemInfo (GET)",
                "ReasonCodes (GET)", "ApiErrors");
        assertThat(recorded.notifications()).containsKeys("envelope", "event spelling", "requestId");
        assertThat(recorded.reasonCodes().get("NOT_READY")).contains("id 3: code 12, Meeting");
        assertThat(recorded.requests()).containsKeys(
                "agent_signs_out.feature: The agent signs out / sign-out",
                "agent_signs_out.feature: The agent signs out giving a reason / sign-out with a reason",
                "agent_working_day.feature: A day from sign-in to sign-out, with a break / READY",
                "agent_working_day.feature: A day from sign-in to sign-out, with a break / NOT_READY with a reason",
                "agent_working_day.feature: The agent signs in on their extension / sign-in",
                "finesse_refuses.feature: A signed-out agent cannot become NOT_READY / NOT_READY");
        assertThat(recorded.latency().get("LOGOUT requested").count()).isGreaterThanOrEqualTo(10);
        assertThat(recorded.latency().get("LOGOUT requested").runP50Ms()).hasSize(2);
        assertThat(recorded.scenarios()).containsEntry("agent_signs_out.feature: The agent signs out", "passed");
        // no secrets, no host names
        assertThat(json).doesNotContain("127.0.0.1").doesNotContain("localhost").doesNotContain("finesse-sim")
                .doesNotContain("Basic ");
        assertThat(passwords).isNotEmpty().allSatisfy(password -> assertThat(json).doesNotContain(password));
    }

    @Test
    @Order(2)
    void theSameReleaseComparedTenTimesIsNoChangeWithNoFalseFinding() throws IOException {
        for (int i = 1; i <= REPEATED_COMPARISONS; i++) {
            Path verdict = dir.resolve("verdict-same-" + i + ".md");
            FeatureRun.Outcome outcome = run(Release.CURRENT, comparing(verdict));

            String text = Files.readString(verdict);
            assertThat(outcome.failures()).as("comparison %d: %s%n%s", i, outcome.failureMessages(), text).isEmpty();
            assertThat(text).as("comparison %d", i).contains("**No change")
                    .doesNotContain("- ✖").doesNotContain("- ⚠").doesNotContain("- ℹ");
        }
    }

    @Test
    @Order(3)
    void theNextReleaseIsNamedChangeByChangeAndFailsTheRun() throws IOException {
        Path verdict = dir.resolve("verdict-next.md");
        FeatureRun.Outcome outcome = run(Release.NEXT, comparing(verdict));

        String text = Files.readString(verdict);
        assertThat(outcome.failures()).as(text).isNotEmpty()
                .as("every scenario passes: only the comparison fails the run")
                .allMatch(failure -> failure instanceof UpgradeVerdictFailed);
        assertThat(text)
                .contains("**CHANGED:")
                // a refusal moved from an immediate 400 to a 202 plus an error Update
                .contains("- ✖ finesse_refuses.feature: On UCCE an agent who is READY must go NOT_READY before"
                        + " signing out / sign-out: was 400, Invalid State (LOGOUT), refused at once, no notification;"
                        + " now 202, empty body, refused after accepting (an error Update)")
                // an element renamed, in GET and in Updates
                .contains("- ✖ User (GET): element User/teamName removed (renamed teamDisplayName?)")
                .contains("- ✖ Update (XMPP): element Update/data/user/teamName removed (renamed teamDisplayName?)")
                // an element added
                .contains("- ⚠ User (GET): element User/skillTargetId added")
                // a reason code removed
                .contains("- ⚠ NOT_READY reason code removed: id 3: code 12, Meeting")
                // the CTI link three times slower
                .containsPattern("- ⚠ every state change: p50 [0-9.]+ → [0-9.]+ ms")
                // and the new version, as information
                .contains("- ℹ SystemInfo ctiVersion: 20 → 21");
    }

    /**
     * Two sides of one release (the simulator's {@code --nodes 2}), recorded and compared side by side: no
     * finding, none between the sides. Compared with the one-node baseline above, each side with its single
     * node: nothing breaks, the only warnings are the SystemInfo elements that name the second node, and the
     * only information the scenarios for two sides, which a one-node run skips.
     */
    @Test
    @Order(4)
    void twoSidesOfOneReleaseAreComparedSideBySideWithNoFinding() throws IOException {
        Path twoSides = dir.resolve("baseline-two-sides.json");
        SimulatorConfig config = SimulatorConfig.defaults().withNodes(2);
        FeatureRun.Outcome recorded = run(config, Release.CURRENT, Map.of(UpgradeBaselineTask.RECORD, twoSides.toString()));
        Path verdict = dir.resolve("verdict-two-sides.md");
        FeatureRun.Outcome compared = run(config, Release.CURRENT, Map.of(UpgradeBaselineTask.COMPARE,
                twoSides.toString(), UpgradeBaselineTask.VERDICT, verdict.toString()));

        assertThat(recorded.failures()).as(recorded.failureMessages()).isEmpty();
        assertThat(BaselineFile.read(twoSides).twoSides()).as("the simulator was asked for two nodes").isTrue();
        String text = Files.readString(verdict);
        assertThat(compared.failures()).as("%s%n%s", compared.failureMessages(), text).isEmpty();
        assertThat(text).contains("**No change").contains("This run had two sides")
                .contains("## Sides on different releases\n\nNone.").doesNotContain("- ⚠").doesNotContain("- ✖");

        Path againstOneNode = dir.resolve("verdict-two-sides-against-one-node.md");
        FeatureRun.Outcome comparedWithOneNode = run(config, Release.CURRENT, comparing(againstOneNode));
        String withOneNode = Files.readString(againstOneNode);
        assertThat(comparedWithOneNode.failures()).as("%s%n%s", comparedWithOneNode.failureMessages(), withOneNode)
                .isEmpty();
        assertThat(withOneNode).contains("each was compared with the baseline's single node")
                .contains("## Sides on different releases\n\nNone.").contains("| every state change on the secondary side |")
                .doesNotContain("- ✖");
        // what a second node changes: SystemInfo names both nodes, with their ports (the 12.6(2) form), and the
        // scenarios for two sides, skipped on one node, run
        assertThat(withOneNode.lines().filter(line -> line.startsWith("- ⚠"))).as(withOneNode).isNotEmpty()
                .allMatch(line -> line.startsWith("- ⚠ both sides: SystemInfo (GET): element SystemInfo/"));
        assertThat(withOneNode.lines().filter(line -> line.startsWith("- ℹ"))).as(withOneNode)
                .allMatch(line -> line.contains("both_sides.feature"));
    }
}
