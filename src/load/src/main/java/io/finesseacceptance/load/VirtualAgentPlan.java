package io.finesseacceptance.load;

import static us.abstracta.jmeter.javadsl.JmeterDsl.constantTimer;
import static us.abstracta.jmeter.javadsl.JmeterDsl.testPlan;
import static us.abstracta.jmeter.javadsl.JmeterDsl.threadGroup;

import us.abstracta.jmeter.javadsl.core.DslTestPlan;
import us.abstracta.jmeter.javadsl.core.threadgroups.DslDefaultThreadGroup;

/**
 * The JMeter test plan of an injector: one thread group, one thread per agent of the slice (JMeter thread
 * number = index in the slice) started over the ramp-up, {@code load.cycles} iterations, the think time as
 * a constant timer before each step and one Java sampler per transition. The same plan runs in an embedded
 * engine ({@link LoadInjector}) and on JMeter servers ({@link LoadController}, {@link LoadServer}).
 */
final class VirtualAgentPlan {

    /** The JMeter property each {@link LoadServer} sets to the size of its own slice. */
    static final String SLICE_SIZE_PROPERTY = "load.sliceSize";

    /** The thread count as a JMeter function, evaluated by each server with its own properties. */
    static final String EACH_SERVERS_SLICE = "${__P(" + SLICE_SIZE_PROPERTY + ")}";

    private VirtualAgentPlan() {
    }

    static DslTestPlan of(String threads, LoadPlan plan) {
        DslDefaultThreadGroup group = threadGroup("virtual agents")
                .rampTo(threads, Long.toString(plan.rampUp().toSeconds()))
                .holdIterating(plan.cycles());
        if (!plan.pace().isZero()) {
            // the think time before each step: a timer, so it is no sample of its own
            group = group.children(constantTimer(plan.pace()));
        }
        for (Transition transition : Transition.values()) {
            group = group.children(new DslVirtualAgentSampler(transition));
        }
        return testPlan(group);
    }
}
