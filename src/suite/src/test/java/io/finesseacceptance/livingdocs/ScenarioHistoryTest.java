package io.finesseacceptance.livingdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T05:30:00Z");

    private static LatestRun run(Instant startedAt, Outcome outcome) {
        ScenarioOutcome scenario = new ScenarioOutcome("agent_signs_out.feature: The agent signs out",
                "The agent signs out", List.of("@sign-out"), outcome, "", List.of(), List.of(), List.of());
        return new LatestRun(Optional.of(startedAt), List.of(new FeatureOutcome("classpath:features/agent_signs_out"
                + ".feature", "Agent signs out", "", List.of(), List.of(scenario))));
    }

    @Test
    void saysWhenAScenarioLastPassedAndWhetherItIsFlaky(@TempDir Path dir) {
        Path file = dir.resolve(ScenarioHistory.FILE);
        ScenarioHistory.read(file).with(run(MONDAY, Outcome.PASSED), "lab").write(file);
        ScenarioHistory history = ScenarioHistory.read(file).with(run(MONDAY.plusSeconds(86_400), Outcome.FAILED), "lab");

        String key = "agent_signs_out.feature: The agent signs out";
        assertThat(history.runCount()).isEqualTo(2);
        assertThat(history.lastPassed(key)).contains(MONDAY);
        assertThat(history.flaky(key)).isTrue();
        assertThat(history.trail(key)).containsExactly("passed", "failed");
        assertThat(history.lastPassed("another scenario")).isEmpty();
        assertThat(history.flaky("another scenario")).isFalse();
    }

    @Test
    void aSiteBuiltTwiceFromOneRunCountsTheRunOnce() {
        ScenarioHistory history = ScenarioHistory.read(Path.of("absent.json"))
                .with(run(MONDAY, Outcome.FAILED), "lab").with(run(MONDAY, Outcome.FAILED), "lab");

        assertThat(history.runCount()).isEqualTo(1);
        assertThat(history.flaky("agent_signs_out.feature: The agent signs out")).isFalse();
    }

    @Test
    void keepsTheLatestRunsOnly() {
        ScenarioHistory history = ScenarioHistory.read(Path.of("absent.json"));
        for (int day = 0; day < ScenarioHistory.KEPT_RUNS + 5; day++) {
            history = history.with(run(MONDAY.plusSeconds(86_400L * day), day == 0 ? Outcome.PASSED : Outcome.FAILED),
                    "lab");
        }

        assertThat(history.runCount()).isEqualTo(ScenarioHistory.KEPT_RUNS);
        assertThat(history.lastPassed("agent_signs_out.feature: The agent signs out")).isEmpty();
    }

    @Test
    void anUnreadableHistoryStartsAnew(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve(ScenarioHistory.FILE), "{ not json");

        assertThat(ScenarioHistory.read(file).runCount()).isZero();
    }
}
