package io.finesseacceptance.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Whether the sides of a two-side run add up to its totals: agents, and per transition requests, 202s,
 * errors, notifications expected, received and missing. Each side counts into the totals as it goes
 * ({@link TransitionStats#ofSide}), so a difference means an agent was counted on no side or on two.
 */
final class SideSums {

    private SideSums() {
    }

    static List<String> problems(List<TransitionStats> totals, List<SideResult> sides, int agents) {
        List<String> problems = new ArrayList<>();
        if (sides.isEmpty()) {
            return problems;
        }
        int sideAgents = sides.stream().mapToInt(SideResult::agents).sum();
        if (sideAgents != agents) {
            problems.add("the sides hold " + sideAgents + " agents, not the run's " + agents);
        }
        for (TransitionStats total : totals) {
            List<TransitionStats> ofSides = sides.stream()
                    .flatMap(side -> side.transitions().stream())
                    .filter(one -> one.transition() == total.transition()).toList();
            check(problems, total, ofSides, "requests", TransitionStats::requests);
            check(problems, total, ofSides, "202s", TransitionStats::acceptedCount);
            check(problems, total, ofSides, "errors", TransitionStats::errorCount);
            check(problems, total, ofSides, "notifications expected", TransitionStats::expectedCount);
            check(problems, total, ofSides, "notifications received", TransitionStats::receivedCount);
            check(problems, total, ofSides, "notifications missing", TransitionStats::missingCount);
        }
        return problems;
    }

    private static void check(List<String> problems, TransitionStats total, List<TransitionStats> ofSides,
                              String what, ToLongFunction<TransitionStats> count) {
        long sum = ofSides.stream().mapToLong(count).sum();
        if (sum != count.applyAsLong(total)) {
            problems.add(total.transition().label() + ": the sides' " + what + " add up to " + sum + ", not the total "
                    + count.applyAsLong(total));
        }
    }
}
