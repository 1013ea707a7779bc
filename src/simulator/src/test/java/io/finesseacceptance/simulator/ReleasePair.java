package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.faults.Release;

/**
 * A simulator playing {@link Release#NEXT} beside one on {@link Release#CURRENT}, each with its client, so
 * a test sees each planted change against the release before it.
 */
record ReleasePair(FinesseSimulator next, FinesseSimulator current, SimulatorTestClient nextHttp,
                   SimulatorTestClient currentHttp) implements AutoCloseable {

    static ReleasePair start(int agentCount) {
        FinesseSimulator next = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(agentCount)
                .withRelease(Release.NEXT));
        try {
            FinesseSimulator current = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(agentCount));
            return new ReleasePair(next, current, new SimulatorTestClient(next.labSettings()),
                    new SimulatorTestClient(current.labSettings()));
        } catch (RuntimeException failed) {
            next.close();
            throw failed;
        }
    }

    @Override
    public void close() {
        try {
            next.close();
        } finally {
            current.close();
        }
    }
}
