package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distributed mode keeps the sides: each injector writes them, the merge adds them up per side. */
class SideMergeTest {

    @Test
    void twoInjectorsSidesAreAddedUpPerSideAndAddUpToTheTotals(@TempDir Path output) throws Exception {
        Path first = output.resolve("injector-0");
        Path second = output.resolve("injector-1");
        // injector 0 drove agents 0 and 2 (both primary), injector 1 agents 1 and 3 (both secondary), as i mod 2
        InjectorSlice.write(first, injector(0, List.of("1001", "1003"), Map.of(Side.PRIMARY, 2), 2, 0));
        InjectorSlice.write(second, injector(1, List.of("1002", "1004"), Map.of(Side.SECONDARY, 2), 0, 3));

        assertThat(Files.readString(first.resolve("counts.properties"))).contains("sides=primary,secondary")
                .contains("primary.agents=2").contains("secondary.agents=0").contains("primary.SIGN_IN.requests=2");
        LoadMerge.Merged merged = LoadMerge.merge(List.of(first, second));

        assertThat(merged.problems()).isEmpty();
        assertThat(merged.sides()).containsOnlyKeys(Side.PRIMARY, Side.SECONDARY);
        LoadMerge.SideRows primary = merged.sides().get(Side.PRIMARY);
        LoadMerge.SideRows secondary = merged.sides().get(Side.SECONDARY);
        assertThat(primary.agents()).isEqualTo(2);
        assertThat(secondary.agents()).isEqualTo(2);
        for (Transition transition : Transition.values()) {
            assertThat(merged.rows().get(transition).requests()).isEqualTo(5);
            assertThat(primary.rows().get(transition).requests()).isEqualTo(2);
            assertThat(secondary.rows().get(transition).received()).isEqualTo(3);
            assertThat(primary.rows().get(transition).notification().getTotalCount()).isEqualTo(2);
            assertThat(secondary.rows().get(transition).put().getTotalCount()).isEqualTo(3);
            assertThat(merged.rows().get(transition).notification().getTotalCount()).isEqualTo(5);
        }
        assertThat(primary.changes()).isEqualTo(8);
        assertThat(secondary.changes()).isEqualTo(12);
        String table = LoadMerge.table(merged);
        assertThat(table).contains("primary side: 2 agents, 8 changes confirmed, 0 errors, 0 missing")
                .contains("secondary side: 2 agents, 12 changes confirmed, 0 errors, 0 missing")
                .containsPattern("\\n  secondary\\s+3\\s+3");
    }

    @Test
    void injectorsOfOneSideMergeWithoutSides(@TempDir Path output) throws Exception {
        Path only = output.resolve("injector-0");
        LoadCounters counters = new LoadCounters(List.of(Side.PRIMARY));
        for (Transition transition : Transition.values()) {
            confirmed(counters.forStep(Side.PRIMARY, transition), 2);
        }
        InjectorSlice.write(only, new InjectorResult(0, 1, List.of("1001", "1002"), counters, Map.of(),
                new Afterwards(2, 2, 0, 0, 2)));

        assertThat(Files.readString(only.resolve("counts.properties"))).doesNotContain("sides=");
        LoadMerge.Merged merged = LoadMerge.merge(List.of(only));

        assertThat(merged.problems()).isEmpty();
        assertThat(merged.sides()).isEmpty();
        assertThat(LoadMerge.table(merged)).doesNotContain("side:").doesNotContain("  primary");
    }

    @Test
    void sidesThatDoNotAddUpToTheTotalsAreAProblem(@TempDir Path output) throws Exception {
        // one injector drove two sides, the other one side only: its counts are in the totals and on no side
        Path twoSides = output.resolve("injector-0");
        Path oneSide = output.resolve("injector-1");
        InjectorSlice.write(twoSides, injector(0, List.of("1001"), Map.of(Side.PRIMARY, 1), 1, 0));
        LoadCounters counters = new LoadCounters(List.of(Side.PRIMARY));
        for (Transition transition : Transition.values()) {
            confirmed(counters.forStep(Side.PRIMARY, transition), 1);
        }
        InjectorSlice.write(oneSide, new InjectorResult(1, 2, List.of("1002"), counters, Map.of(),
                new Afterwards(1, 1, 0, 0, 1)));

        LoadMerge.Merged merged = LoadMerge.merge(List.of(twoSides, oneSide));

        assertThat(merged.problems()).contains("sign-in (LOGIN -> NOT_READY): the sides' counts or histograms do not"
                + " add up to the totals", "the sides hold 1 agents, not the 2 merged");
    }

    /** An injector of a two-side run with {@code primarySteps} and {@code secondarySteps} per transition. */
    private static InjectorResult injector(int index, List<String> agents, Map<Side, Integer> agentsBySide,
                                           int primarySteps, int secondarySteps) {
        LoadCounters counters = new LoadCounters(List.of(Side.PRIMARY, Side.SECONDARY));
        for (Transition transition : Transition.values()) {
            confirmed(counters.forStep(Side.PRIMARY, transition), primarySteps);
            confirmed(counters.forStep(Side.SECONDARY, transition), secondarySteps);
        }
        Map<Side, Integer> both = new EnumMap<>(Side.class);
        both.put(Side.PRIMARY, agentsBySide.getOrDefault(Side.PRIMARY, 0));
        both.put(Side.SECONDARY, agentsBySide.getOrDefault(Side.SECONDARY, 0));
        return new InjectorResult(index, 2, agents, counters, both,
                new Afterwards(agents.size(), agents.size(), 0, 0, agents.size()));
    }

    private static void confirmed(TransitionStats stats, int times) {
        for (int i = 0; i < times; i++) {
            stats.requested();
            stats.accepted(2_000_000);
            stats.received(25_000_000);
        }
    }
}
