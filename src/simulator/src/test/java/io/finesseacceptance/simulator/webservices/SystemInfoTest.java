package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SystemInfoTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void describesAnInServiceSingleNode() {
        HttpResponse<String> response = sim.get("/finesse/api/SystemInfo", "1002");

        assertThat(response.statusCode()).isEqualTo(200);
        String info = response.body();
        assertThat(xpath(info, "/SystemInfo/deploymentType")).isEqualTo("UCCE");
        assertThat(xpath(info, "/SystemInfo/status")).isEqualTo("IN_SERVICE");
        assertThat(xpath(info, "/SystemInfo/primaryNode/host")).isEqualTo("127.0.0.1");
        assertThat(xpath(info, "/SystemInfo/xmppDomain")).isEqualTo("127.0.0.1");
        assertThat(xpath(info, "/SystemInfo/xmppPubSubDomain")).isEqualTo("pubsub.127.0.0.1");
        assertThat(xpath(info, "/SystemInfo/uri")).isEqualTo("/finesse/api/SystemInfo");
        assertThat(xpath(info, "/SystemInfo/systemAuthMode")).isEqualTo("NON_SSO");
        assertThat(xpath(info, "/SystemInfo/currentTimestamp"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void requiresAuthentication() {
        assertThat(sim.get("/finesse/api/SystemInfo", "1001", "nope").statusCode()).isEqualTo(401);
    }

    @Test
    void outOfServiceModeAnswers503EverywhereButSystemInfo() {
        sim.faults.enable(Fault.OUT_OF_SERVICE);

        assertThat(xpath(sim.get("/finesse/api/SystemInfo", "1001").body(), "/SystemInfo/status"))
                .isEqualTo("OUT_OF_SERVICE");
        for (HttpResponse<String> response : List.of(sim.get("/finesse/api/User/1001", "1001"),
                sim.putUser("1001", signIn("5001"), "1"),
                sim.get("/finesse/api/User/1001/ReasonCodes?category=LOGOUT", "1001"))) {
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Service Unavailable");
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorMessage")).isEqualTo("SERVER_OUT_OF_SERVICE");
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorData")).isEmpty();
        }

        sim.faults.disable(Fault.OUT_OF_SERVICE);
        assertThat(sim.get("/finesse/api/User/1001", "1001").statusCode()).isEqualTo(200);
    }
}
