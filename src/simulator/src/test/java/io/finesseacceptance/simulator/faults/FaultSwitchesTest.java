package io.finesseacceptance.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaultSwitchesTest {

    @Test
    void switchesAreIndependentAndClearable() {
        FaultSwitches faults = new FaultSwitches();
        assertThat(faults.isOn(Fault.ACCEPT_WITH_200)).isFalse();

        faults.enable(Fault.ACCEPT_WITH_200);
        faults.enable(Fault.NO_LOGOUT_NOTIFICATION);
        faults.disable(Fault.NO_LOGOUT_NOTIFICATION);

        assertThat(faults.isOn(Fault.ACCEPT_WITH_200)).isTrue();
        assertThat(faults.isOn(Fault.NO_LOGOUT_NOTIFICATION)).isFalse();
        faults.clear();
        assertThat(faults.isOn(Fault.ACCEPT_WITH_200)).isFalse();
    }

    @Test
    void variantsAreSwitchedApartFromFaultsAndClearedWithThem() {
        FaultSwitches switches = new FaultSwitches();

        switches.enable(Variant.REFUSE_AFTER_ACCEPT);
        switches.enable(Fault.SILENT_REFUSAL);
        switches.disable(Fault.SILENT_REFUSAL);

        assertThat(switches.isOn(Variant.REFUSE_AFTER_ACCEPT)).isTrue();
        assertThat(switches.isOn(Variant.REFUSE_AT_ONCE)).isFalse();
        switches.clear();
        assertThat(switches.isOn(Variant.REFUSE_AFTER_ACCEPT)).isFalse();
    }
}
