package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.Side;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Counting per side: each side's step counts into the totals too, the report shows the sides only with two. */
class SideCountsTest {

    private static final LoadPlan PLAN = LoadPlan.from(new Properties(), 0)
            .scaledTo(4, Duration.ofSeconds(1), Duration.ZERO, Path.of("target/unused"));

    @Test
    void aSidesStepCountsIntoTheTotalsAsWell() {
        LoadCounters counters = new LoadCounters(List.of(Side.PRIMARY, Side.SECONDARY));
        confirmed(counters.forStep(Side.PRIMARY, Transition.SIGN_IN), 3_000, 20_000);
        confirmed(counters.forStep(Side.SECONDARY, Transition.SIGN_IN), 5_000, 30_000);
        counters.forStep(Side.SECONDARY, Transition.SIGN_IN).requested();
        counters.forStep(Side.SECONDARY, Transition.SIGN_IN).error("HTTP 503");
        counters.forStep(Side.PRIMARY, Transition.READY).requested();
        counters.forStep(Side.PRIMARY, Transition.READY).accepted(1_000);
        counters.forStep(Side.PRIMARY, Transition.READY).missing("agent 1001 READY");
        counters.everyOne().forEach(TransitionStats::interval);

        TransitionStats signIn = counters.totals().get(Transition.SIGN_IN);
        assertThat(signIn.requests()).isEqualTo(3);
        assertThat(signIn.acceptedCount()).isEqualTo(2);
        assertThat(signIn.receivedCount()).isEqualTo(2);
        assertThat(signIn.errorsByType()).containsEntry("HTTP 503", 1L);
        assertThat(signIn.putLatency().getTotalCount()).isEqualTo(2);
        assertThat(signIn.notificationLatency().getTotalCount()).isEqualTo(2);
        TransitionStats secondarySignIn = counters.bySide().get(Side.SECONDARY).get(Transition.SIGN_IN);
        assertThat(secondarySignIn.requests()).isEqualTo(2);
        assertThat(secondarySignIn.errorCount()).isEqualTo(1);
        assertThat(secondarySignIn.notificationLatency().getMaxValue()).isBetween(29_000L, 31_000L);
        assertThat(counters.totals().get(Transition.READY).missingNames()).containsExactly("agent 1001 READY");
        assertThat(counters.bySide().get(Side.PRIMARY).get(Transition.READY).missingCount()).isEqualTo(1);
        assertThat(counters.bySide()).containsOnlyKeys(Side.PRIMARY, Side.SECONDARY);
        assertThat(counters.everyOne()).hasSize(3 * Transition.values().length)
                .extracting(TransitionStats::tag).contains("SIGN_IN", "SIGN_IN.primary", "SIGN_OUT.secondary");

        List<SideResult> sides = sides(counters, 2, 2);
        assertThat(sides).extracting(SideResult::changes).containsExactly(1L, 1L);
        assertThat(sides).extracting(SideResult::errors).containsExactly(0L, 1L);
        assertThat(sides).extracting(SideResult::missing).containsExactly(1L, 0L);
        assertThat(SideSums.problems(List.copyOf(counters.totals().values()), sides, 4)).isEmpty();
        assertThat(SideSums.problems(List.copyOf(counters.totals().values()), sides, 5))
                .containsExactly("the sides hold 4 agents, not the run's 5");
    }

    @Test
    void withOneSideThereAreNoSideCountsAndTheReportIsAsBefore() {
        LoadCounters counters = new LoadCounters(List.of(Side.PRIMARY));
        assertThat(counters.forStep(Side.PRIMARY, Transition.READY)).isSameAs(counters.totals().get(Transition.READY));
        assertThat(counters.bySide()).isEmpty();
        assertThat(counters.everyOne()).extracting(TransitionStats::tag)
                .containsExactly("SIGN_IN", "READY", "NOT_READY", "SIGN_OUT");

        String table = new LoadReport(result(counters, List.of(), 4)).table();

        assertThat(table).doesNotContain("  primary").doesNotContain("side:");
        assertThat(table.lines().filter(line -> line.startsWith("sign-in"))).hasSize(1);
    }

    @Test
    void theReportShowsARowPerSideUnderEachTransitionAndALinePerSide() {
        LoadCounters counters = new LoadCounters(List.of(Side.PRIMARY, Side.SECONDARY));
        for (Transition transition : Transition.values()) {
            confirmed(counters.forStep(Side.PRIMARY, transition), 2_000, 25_000);
            confirmed(counters.forStep(Side.SECONDARY, transition), 4_000, 35_000);
            confirmed(counters.forStep(Side.SECONDARY, transition), 4_000, 35_000);
        }
        counters.everyOne().forEach(TransitionStats::interval);

        String table = new LoadReport(result(counters, sides(counters, 1, 2), 3)).table();

        List<String> lines = table.lines().toList();
        int signIn = lines.indexOf(lines.stream().filter(line -> line.startsWith("sign-in")).findFirst().orElseThrow());
        assertThat(lines.get(signIn)).containsPattern("sign-in \\(LOGIN -> NOT_READY\\)\\s+3\\s+3\\s+0\\s+3 /\\s+3\\s+0");
        assertThat(lines.get(signIn + 1)).containsPattern("^  primary\\s+1\\s+1\\s+0\\s+1 /\\s+1\\s+0");
        assertThat(lines.get(signIn + 2)).containsPattern("^  secondary\\s+2\\s+2\\s+0\\s+2 /\\s+2\\s+0");
        assertThat(table).contains("primary side: 1 agents, 4 requests, 4 changes confirmed, 0 errors, 0 missing;")
                .contains("secondary side: 2 agents, 8 requests, 8 changes confirmed, 0 errors, 0 missing;")
                .contains("Every request answered 202");
    }

    private static void confirmed(TransitionStats stats, long putMicros, long notificationMicros) {
        stats.requested();
        stats.accepted(putMicros * 1000);
        stats.received(notificationMicros * 1000);
    }

    private static List<SideResult> sides(LoadCounters counters, int primaryAgents, int secondaryAgents) {
        return List.of(
                new SideResult(Side.PRIMARY, primaryAgents, List.copyOf(counters.bySide().get(Side.PRIMARY).values())),
                new SideResult(Side.SECONDARY, secondaryAgents,
                        List.copyOf(counters.bySide().get(Side.SECONDARY).values())));
    }

    private static LoadResult result(LoadCounters counters, List<SideResult> sides, int agents) {
        long changes = counters.totals().values().stream().mapToLong(TransitionStats::receivedCount).sum();
        return new LoadResult(PLAN, List.copyOf(counters.totals().values()), sides, agents, 0, Duration.ofSeconds(1),
                Duration.ofSeconds(10), changes, 1, 1, 0, new Afterwards(agents, agents, 0, 0, agents),
                new ResourceUse.Figures(2, 10, 5, 1, 50, 60, 55, 100, 1000, 10, 100));
    }
}
