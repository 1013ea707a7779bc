package io.finesseacceptance.architecture.planted.steps;

import io.finesseacceptance.architecture.planted.simulator.SimulatedThing;

/** Planted violation: a step that reaches the simulator itself instead of through the bootstrap. */
public class StepThatStartsTheSimulator {
    public Object simulator() {
        return new SimulatedThing();
    }
}
