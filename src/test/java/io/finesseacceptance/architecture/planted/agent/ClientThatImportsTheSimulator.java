package io.finesseacceptance.architecture.planted.agent;

import io.finesseacceptance.architecture.planted.simulator.SimulatedThing;

/** Planted violation: client code that imports the simulator. */
public class ClientThatImportsTheSimulator {
    public Object thing() {
        return new SimulatedThing();
    }
}
