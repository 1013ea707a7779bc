package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.Side;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same plan run by one injector and by two (each a JVM of its own running its JMeter plan over its
 * half of the agents) against one simulator; the two injectors' logs merged give the same totals as the one.
 * And two injectors against a two-node simulator: the merge keeps each side's counts, which add up to the
 * totals. Counts only, never times. {@code ./mvnw -q -Pload-distributed test}.
 */
class DistributedLoadIT {

    private static final int AGENTS = 20;
    private static final int CYCLES = 3;
    private static final Duration INJECTOR_LIMIT = Duration.ofMinutes(3);

    @Test
    void twoInjectorsMergedGiveTheSameTotalsAsOne(@TempDir Path output) throws Exception {
        SimulatorConfig options = SimulatorConfig.defaults().withAgentCount(AGENTS)
                .withNotificationDelay(Duration.ofMillis(20));
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = ChildJvm.settingsToLoad(simulator);

            Path alone = output.resolve("one-injector");
            awaitAll(List.of(start(settings, 0, 1, alone)));
            LoadMerge.Merged one = LoadMerge.merge(List.of(alone));

            Path first = output.resolve("injector-0-of-2");
            Path second = output.resolve("injector-1-of-2");
            awaitAll(List.of(start(settings, 0, 2, first), start(settings, 1, 2, second)));
            LoadMerge.Merged two = LoadMerge.merge(List.of(first, second));

            MergedTotals.assertSameTotals(one, two, AGENTS, CYCLES);
            assertThat(Files.readString(first.resolve("counts.properties"))).contains("agents=" + agentId(simulator, 0));
        }
    }

    @Test
    void onTwoNodesTheMergeKeepsEachSidesCounts(@TempDir Path output) throws Exception {
        SimulatorConfig options = SimulatorConfig.defaults().withAgentCount(AGENTS).withNodes(2)
                .withNotificationDelay(Duration.ofMillis(20));
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = ChildJvm.settingsToLoad(simulator);

            Path first = output.resolve("injector-0-of-2");
            Path second = output.resolve("injector-1-of-2");
            awaitAll(List.of(start(settings, 0, 2, first), start(settings, 1, 2, second)));
            LoadMerge.Merged merged = LoadMerge.merge(List.of(first, second));

            System.out.print(LoadMerge.table(merged));
            assertThat(merged.problems()).isEmpty();
            assertThat(merged.agents()).hasSize(AGENTS).doesNotHaveDuplicates();
            assertThat(merged.sides()).containsOnlyKeys(Side.PRIMARY, Side.SECONDARY);
            for (LoadMerge.SideRows side : merged.sides().values()) {
                // agent i is on side i mod 2, whichever injector drives it
                assertThat(side.agents()).as(side.side().label()).isEqualTo(AGENTS / 2);
                for (Transition transition : Transition.values()) {
                    LoadMerge.Row row = side.rows().get(transition);
                    assertThat(row.requests()).as(side.side().label() + " " + transition.label())
                            .isEqualTo((long) AGENTS / 2 * CYCLES).isEqualTo(row.received());
                    assertThat(row.notification().getTotalCount()).isEqualTo(row.received());
                }
            }
            assertThat(merged.signedOut()).isEqualTo(AGENTS);
            assertThat(merged.closed()).isEqualTo(AGENTS);
        }
    }

    private static String agentId(FinesseSimulator simulator, int index) {
        return simulator.labSettings().get("FINESSE_AGENTS").split(",")[index].split(":")[0];
    }

    /** One injector as a JVM of its own, with the simulator's settings as its environment. */
    private static ChildJvm start(Map<String, String> settings, int injector, int injectors, Path directory)
            throws IOException {
        return ChildJvm.start(LoadInjector.class, List.of("-Dload.injector=" + injector,
                "-Dload.injectors=" + injectors, "-Dload.agents=" + AGENTS, "-Dload.cycles=" + CYCLES,
                "-Dload.paceMs=50", "-Dload.rampSeconds=1", "-Dload.outputDir=" + directory),
                settings, directory.resolve("injector.log"));
    }

    private static void awaitAll(List<ChildJvm> injectors) throws InterruptedException {
        try {
            for (ChildJvm injector : injectors) {
                int exit = injector.awaitExit(INJECTOR_LIMIT);
                assertThat(exit).as(() -> "injector exit code; its output:\n" + injector.output()).isZero();
            }
        } finally {
            injectors.forEach(ChildJvm::close);
        }
    }
}
