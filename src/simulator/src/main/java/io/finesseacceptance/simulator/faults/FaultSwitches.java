package io.finesseacceptance.simulator.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The faults and documented variants currently switched on; shared between the test thread and the
 * simulator's threads.
 */
public final class FaultSwitches {

    private final Set<Fault> switchedOn = ConcurrentHashMap.newKeySet();
    private final Set<Variant> variantsOn = ConcurrentHashMap.newKeySet();

    public void enable(Fault fault) {
        switchedOn.add(fault);
    }

    public void disable(Fault fault) {
        switchedOn.remove(fault);
    }

    public boolean isOn(Fault fault) {
        return switchedOn.contains(fault);
    }

    public void enable(Variant variant) {
        variantsOn.add(variant);
    }

    public void disable(Variant variant) {
        variantsOn.remove(variant);
    }

    public boolean isOn(Variant variant) {
        return variantsOn.contains(variant);
    }

    /** Every fault and every variant off: the simulator's default forms. */
    public void clear() {
        switchedOn.clear();
        variantsOn.clear();
    }
}
