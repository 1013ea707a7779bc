package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.between;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Release;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sixth planted change of {@code --release NEXT}: SystemInfo names the next CTI version, and nothing
 * else in it differs from a simulator on {@link Release#CURRENT}.
 */
class NextReleaseSystemInfoIT {

    private static ReleasePair releases;
    private static FinesseSimulator next;
    private static FinesseSimulator current;
    private static SimulatorTestClient nextHttp;
    private static SimulatorTestClient currentHttp;

    @BeforeAll
    static void start() {
        releases = ReleasePair.start(1);
        next = releases.next();
        current = releases.current();
        nextHttp = releases.nextHttp();
        currentHttp = releases.currentHttp();
    }

    @AfterAll
    static void stop() {
        releases.close();
    }

    @Test
    void systemInfoNamesTheNextCtiVersion() {
        assertThat(ctiVersion(nextHttp)).isEqualTo("21");
        assertThat(ctiVersion(currentHttp)).isEqualTo("20");

        SimulatorConfig uccx = SimulatorConfig.defaults().withAgentCount(1).withDeploymentType(DeploymentType.UCCX);
        try (FinesseSimulator nextUccx = FinesseSimulator.start(uccx.withRelease(Release.NEXT));
             FinesseSimulator currentUccx = FinesseSimulator.start(uccx)) {
            assertThat(ctiVersion(new SimulatorTestClient(nextUccx.labSettings()))).isEqualTo("12.6(1)");
            assertThat(ctiVersion(new SimulatorTestClient(currentUccx.labSettings()))).isEqualTo("12.5(1)");
        }
    }

    @Test
    void everythingElseInSystemInfoIsAsToday() {
        String nextInfo = systemInfo(nextHttp);
        String currentInfo = systemInfo(currentHttp);
        assertThat(withoutTimestamps(nextInfo).replace("<ctiVersion>21</ctiVersion>", "<ctiVersion>20</ctiVersion>"))
                .isEqualTo(withoutTimestamps(currentInfo));
    }

    /** The SystemInfo without what differs between any two runs. */
    private static String withoutTimestamps(String info) {
        return info.replaceAll("<currentTimestamp>[^<]*</currentTimestamp>", "")
                .replaceAll("<lastSuccessCTIHeartbeatTime>[^<]*</lastSuccessCTIHeartbeatTime>", "");
    }

    private static String systemInfo(SimulatorTestClient http) {
        HttpResponse<String> info = http.api("/finesse/api/SystemInfo", "1001");
        assertThat(info.statusCode()).isEqualTo(200);
        return info.body();
    }

    private static String ctiVersion(SimulatorTestClient http) {
        return between(systemInfo(http), "<ctiVersion>", "</ctiVersion>");
    }
}
