package io.finesseacceptance.simulator.webservices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.DeploymentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance suite talks to Finesse through REST Assured; the simulator must suit it as-is. */
class RestAssuredClientTest {

    private static RunningSimulator sim;

    @BeforeAll
    static void start() {
        sim = new RunningSimulator(DeploymentType.UCCE);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void signInAndReadBackThroughRestAssured() {
        given().baseUri(sim.server.baseUrl().toString())
                .auth().preemptive().basic("1003", SimulatorTestClient.password("1003"))
                .contentType("application/xml").header("requestId", "ra-1")
                .body(SimulatorTestClient.signIn("5003"))
                .when().put("/finesse/api/User/1003")
                .then().statusCode(202).body(emptyString());

        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(StrictXml.xpath(update, "/Update/requestId")).isEqualTo("ra-1");

        given().baseUri(sim.server.baseUrl().toString())
                .auth().preemptive().basic("1003", SimulatorTestClient.password("1003"))
                .when().get("/finesse/api/User/1003")
                .then().statusCode(200)
                .body("User.state", equalTo("NOT_READY"))
                .body("User.extension", equalTo("5003"));
    }
}
