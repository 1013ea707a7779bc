package io.finesseacceptance.architecture.planted.livingdocs;

import io.finesseacceptance.architecture.planted.simulator.SimulatedThing;

/** Planted violation: a page of the living documentation that reaches the simulator instead of reading a run. */
public class PageThatAsksTheSimulator {
    public Object page() {
        return new SimulatedThing();
    }
}
