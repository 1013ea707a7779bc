package io.finesseacceptance.load;

import io.finesseacceptance.settings.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one injector's slice, and whether each is as it must be.
 *
 * @param agentsBySide with two sides, how many of the slice's agents each drove; empty with one
 */
record InjectorResult(int injector, int injectors, List<String> agentIds, LoadCounters counters,
                      Map<Side, Integer> agentsBySide, Afterwards afterwards) {

    InjectorResult {
        Map<Side, Integer> primaryFirst = new EnumMap<>(Side.class);
        primaryFirst.putAll(agentsBySide);
        agentsBySide = Collections.unmodifiableMap(primaryFirst);
    }

    /** The totals per transition. */
    Map<Transition, TransitionStats> stats() {
        return counters.totals();
    }

    /** Each side's agents and counts, primary first; none with one side. */
    List<SideResult> sides() {
        List<SideResult> sides = new ArrayList<>();
        counters.bySide().forEach((side, stats) -> sides.add(new SideResult(side, agentsBySide.getOrDefault(side, 0),
                List.copyOf(stats.values()))));
        return sides;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (TransitionStats one : stats().values()) {
            if (one.acceptedCount() != one.requests() || one.errorCount() > 0
                    || one.receivedCount() != one.expectedCount()) {
                problems.add(one.transition().label() + ": " + one.acceptedCount() + " of " + one.requests()
                        + " answered 202, " + one.receivedCount() + " of " + one.expectedCount()
                        + " notifications, errors " + one.errorsByType() + ", missing " + one.missingNames());
            }
        }
        problems.addAll(SideSums.problems(List.copyOf(stats().values()), sides(), agentIds.size()));
        problems.addAll(afterwards.problems());
        return problems;
    }
}
