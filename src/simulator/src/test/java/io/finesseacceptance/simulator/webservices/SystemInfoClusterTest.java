package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SystemInfo of a node of two (docs/finesse-contract.md §20): both nodes with their ports, and the maintenance mode. */
class SystemInfoClusterTest {

    private final SystemInfoResource info = new SystemInfoResource(SystemInfoSettings.localDefaults(DeploymentType.UCCE),
            new FaultSwitches(), Clock.systemUTC());

    @Test
    void aSingleNodeKeepsThe125Form() {
        String document = info.document();

        assertThat(document).contains("<primaryNode><host>127.0.0.1</host></primaryNode><secondaryNode/>")
                .doesNotContain("httpsPort", "finesseMMode");
    }

    @Test
    void twoNodesAreNamedWithTheirPortsInThe1262Form() {
        info.describeCluster(new ClusterNode("127.0.0.1", 8445, 5222, 5223), new ClusterNode("127.0.0.1", 9445, 6222,
                6223));

        String document = info.document();

        assertThat(xpath(document, "/SystemInfo/primaryNode/httpsPort")).isEqualTo("8445");
        assertThat(xpath(document, "/SystemInfo/primaryNode/xmppPort")).isEqualTo("5222");
        assertThat(xpath(document, "/SystemInfo/primaryNode/xmppSecurePort")).isEqualTo("5223");
        assertThat(xpath(document, "/SystemInfo/secondaryNode/host")).isEqualTo("127.0.0.1");
        assertThat(xpath(document, "/SystemInfo/secondaryNode/httpsPort")).isEqualTo("9445");
        assertThat(xpath(document, "/SystemInfo/secondaryNode/xmppSecurePort")).isEqualTo("6223");
    }

    @Test
    void aMaintenanceModeShowsWithItsTimeBeforeTheLicenseAsTheDeveloperGuideListsIt() {
        info.changeMaintenanceMode(Optional.of(FinesseMaintenanceMode.IN_PROGRESS));
        String inProgress = info.document();
        info.changeMaintenanceMode(Optional.of(FinesseMaintenanceMode.COMPLETED));
        String completed = info.document();
        info.changeMaintenanceMode(Optional.empty());

        assertThat(inProgress).contains("<finesseMMode>IN_PROGRESS</finesseMMode><finesseTimeInMMode>0"
                + "</finesseTimeInMMode><license/>");
        assertThat(xpath(completed, "/SystemInfo/finesseMMode")).isEqualTo("COMPLETED");
        assertThat(info.document()).doesNotContain("finesseMMode");
    }
}
