package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short load run (50 agents, about 20 s, the embedded simulator): asserts on counts only, never on
 * times, so a busy CI machine cannot make it flaky.
 */
class LoadRunTest {

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
}
