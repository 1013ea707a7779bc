package io.finesseacceptance.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The counts of one injector's slice, and whether each is as it must be. */
record InjectorResult(int injector, int injectors, List<String> agentIds, Map<Transition, TransitionStats> stats,
                      Afterwards afterwards) {

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (TransitionStats one : stats.values()) {
            if (one.acceptedCount() != one.requests() || one.errorCount() > 0
                    || one.receivedCount() != one.expectedCount()) {
                problems.add(one.transition().label() + ": " + one.acceptedCount() + " of " + one.requests()
                        + " answered 202, " + one.receivedCount() + " of " + one.expectedCount()
                        + " notifications, errors " + one.errorsByType() + ", missing " + one.missingNames());
            }
        }
        problems.addAll(afterwards.problems());
        return problems;
    }
}
