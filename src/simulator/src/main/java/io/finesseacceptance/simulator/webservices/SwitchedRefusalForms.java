package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.RefusalForms;
import io.finesseacceptance.simulator.agents.RefusalKind;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Variant;

/**
 * The form of each refusal as the switches say at the moment of the request: where the guide leaves it
 * open, a variant picks the other documented form; where it documents 400 at once, only a fault changes it.
 */
final class SwitchedRefusalForms implements RefusalForms {

    private final FaultSwitches switches;

    SwitchedRefusalForms(FaultSwitches switches) {
        this.switches = switches;
    }

    @Override
    public boolean afterAccepting(RefusalKind kind) {
        return switch (kind) {
            case DOCUMENTED_AT_ONCE -> switches.isOn(Fault.DOCUMENTED_REFUSAL_AFTER_ACCEPT);
            case TRANSITION_NOT_ALLOWED -> switches.isOn(Variant.REFUSE_AFTER_ACCEPT);
            case CHANGE_WHILE_SIGNED_OUT -> !switches.isOn(Variant.REFUSE_AT_ONCE);
        };
    }
}
