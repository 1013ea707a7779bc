package io.finesseacceptance.simulator.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The faults currently switched on; shared between the test thread and the simulator's threads. */
public final class FaultSwitches {

    private final Set<Fault> switchedOn = ConcurrentHashMap.newKeySet();

    public void enable(Fault fault) {
        switchedOn.add(fault);
    }

    public void disable(Fault fault) {
        switchedOn.remove(fault);
    }

    public boolean isOn(Fault fault) {
        return switchedOn.contains(fault);
    }

    public void clear() {
        switchedOn.clear();
    }
}
