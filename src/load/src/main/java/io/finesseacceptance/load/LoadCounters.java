package io.finesseacceptance.load;

import io.finesseacceptance.settings.Side;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@link TransitionStats} of a run or an injector's slice: the totals per transition and, when the run
 * drives two sides, each side's per transition, which count into the totals too. With one side there are no
 * side counts at all: the totals are that side's, and a one-node run reports as it always did.
 */
final class LoadCounters {

    private final Map<Transition, TransitionStats> totals = new EnumMap<>(Transition.class);
    private final Map<Side, Map<Transition, TransitionStats>> bySide = new EnumMap<>(Side.class);

    /** @param sides the sides the run drives, primary first */
    LoadCounters(List<Side> sides) {
        for (Transition transition : Transition.values()) {
            totals.put(transition, new TransitionStats(transition));
        }
        if (sides.size() > 1) {
            for (Side side : sides) {
                Map<Transition, TransitionStats> own = new EnumMap<>(Transition.class);
                totals.forEach((transition, total) -> own.put(transition, TransitionStats.ofSide(side, total)));
                bySide.put(side, own);
            }
        }
    }

    /** Where a step of an agent on {@code side} is counted: its side's stats, or the totals with one side. */
    TransitionStats forStep(Side side, Transition transition) {
        Map<Transition, TransitionStats> own = bySide.get(side);
        return own == null ? totals.get(transition) : own.get(transition);
    }

    Map<Transition, TransitionStats> totals() {
        return totals;
    }

    /** Each side's stats, primary first; empty with one side. */
    Map<Side, Map<Transition, TransitionStats>> bySide() {
        return bySide;
    }

    /** The totals, then every side's: what the .hlog files log at each interval. */
    List<TransitionStats> everyOne() {
        List<TransitionStats> all = new ArrayList<>(totals.values());
        bySide.values().forEach(own -> all.addAll(own.values()));
        return all;
    }
}
