package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.igniterealtime.jbosh.BOSHClient;
import org.junit.jupiter.api.Test;

/** The one reflective step a true BOSH drop needs still finds Smack's jbosh client (DroppedDesktopGoesSilentIT). */
class LabBoshConnectionTest {

    @Test
    void smackStillKeepsItsJboshClientWhereADropCanTakeIt() {
        assertThat(LabBoshConnection.JBOSH_CLIENT.getName()).isEqualTo("client");
        assertThat(LabBoshConnection.JBOSH_CLIENT.getType()).isEqualTo(BOSHClient.class);
        assertThat(LabBoshConnection.JBOSH_CLIENT.trySetAccessible()).isTrue();
    }
}
