package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReasonCodesTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void listsTheCodesOfOneCategory() {
        HttpResponse<String> response = sim.get("/finesse/api/User/1001/ReasonCodes?category=LOGOUT", "1001");

        assertThat(response.statusCode()).isEqualTo(200);
        String codes = response.body();
        assertThat(xpath(codes, "/ReasonCodes/@category")).isEqualTo("LOGOUT");
        assertThat(xpath(codes, "count(/ReasonCodes/ReasonCode)")).isEqualTo("2");
        assertThat(xpath(codes, "count(/ReasonCodes/ReasonCode[category!='LOGOUT'])")).isEqualTo("0");
        assertThat(xpath(codes, "/ReasonCodes/ReasonCode[label='End of shift']/uri"))
                .isEqualTo("/finesse/api/ReasonCode/7");
        assertThat(xpath(codes, "/ReasonCodes/ReasonCode[label='End of shift']/code")).isEqualTo("100");
        assertThat(xpath(codes, "/ReasonCodes/ReasonCode[label='End of shift']/forAll")).isEqualTo("true");
        assertThat(xpath(codes, "/ReasonCodes/ReasonCode[label='End of shift']/systemCode")).isEqualTo("false");

        String notReady = sim.getAsAdmin("/finesse/api/User/1001/ReasonCodes?category=NOT_READY").body();
        assertThat(xpath(notReady, "count(/ReasonCodes/ReasonCode)")).isEqualTo("3");
    }

    @Test
    void categoryMustBeGiven() {
        HttpResponse<String> missing = sim.get("/finesse/api/User/1001/ReasonCodes", "1001");
        HttpResponse<String> invalid = sim.get("/finesse/api/User/1001/ReasonCodes?category=READY", "1001");

        for (HttpResponse<String> response : List.of(missing, invalid)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Input");
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorData")).isEqualTo("category");
        }
    }

    @Test
    void otherAgentsCodesAreNotReadable() {
        assertThat(sim.get("/finesse/api/User/1002/ReasonCodes?category=LOGOUT", "1001").statusCode())
                .isEqualTo(401);
    }

    @Test
    void notReadyReasonIsShownInUpdateAndUser() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", state("READY"), "2");

        assertThat(sim.putUser("1001", withReason("NOT_READY", 2), "3").statusCode()).isEqualTo(202);

        String update = sim.publisher.awaitNth(3).updateXml();
        assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("2");
        assertThat(xpath(update, "/Update/data/user/ReasonCode/label")).isEqualTo("Lunch");
        assertThat(xpath(update, "/Update/data/user/ReasonCode/uri")).isEqualTo("/finesse/api/ReasonCode/2");
        assertThat(xpath(update, "/Update/data/user/ReasonCode/id")).isEqualTo("2");
        String user = sim.get("/finesse/api/User/1001", "1001").body();
        assertThat(xpath(user, "/User/reasonCodeId")).isEqualTo("2");
        assertThat(xpath(user, "/User/ReasonCode/category")).isEqualTo("NOT_READY");
    }

    @Test
    void logoutReasonIsKeptAfterSignOut() {
        sim.putUser("1001", signIn("5001"), "1");

        assertThat(sim.putUser("1001", withReason("LOGOUT", 7), "2").statusCode()).isEqualTo(202);

        String update = sim.publisher.awaitNth(2).updateXml();
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("LOGOUT");
        assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("7");
        assertThat(xpath(update, "/Update/data/user/ReasonCode/label")).isEqualTo("End of shift");
        assertThat(xpath(update, "/Update/data/user/extension")).isEmpty();
    }

    @Test
    void unknownOrMismatchedReasonIsInvalidInput() {
        sim.putUser("1001", signIn("5001"), "1");

        for (int id : new int[] {99, 7}) {
            HttpResponse<String> response = sim.putUser("1001", withReason("NOT_READY", id), "x");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Input");
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorData")).isEqualTo("reasonCodeId");
        }
    }

    @Test
    void requiredReasonCodeMustBeGiven() {
        sim.agents.reasonCodes().requireReasonCode(ReasonCodeCategory.NOT_READY, true);
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", state("READY"), "2");

        HttpResponse<String> response = sim.putUser("1001", state("NOT_READY"), "3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Parameter Missing");
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorData"))
                .isEqualTo("finesse.api.reasoncode.require_reasoncode");
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorMessage"))
                .isEqualTo("The state change requires a valid reason code.");
        assertThat(sim.putUser("1001", withReason("NOT_READY", 1), "4").statusCode()).isEqualTo(202);
        // LOGOUT has its own switch, still off
        assertThat(sim.putUser("1001", state("LOGOUT"), "5").statusCode()).isEqualTo(202);
    }
}
