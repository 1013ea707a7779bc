package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UserStateChangeTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void signedOutAgentIsShownLoggedOutWithoutExtension() {
        HttpResponse<String> response = sim.get("/finesse/api/User/1001", "1001");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));
        String user = response.body();
        assertThat(StrictXml.rootName(user)).isEqualTo("User");
        assertThat(xpath(user, "/User/uri")).isEqualTo("/finesse/api/User/1001");
        assertThat(xpath(user, "/User/roles/role")).isEqualTo("Agent");
        assertThat(xpath(user, "/User/loginId")).isEqualTo("1001");
        assertThat(xpath(user, "/User/state")).isEqualTo("LOGOUT");
        assertThat(xpath(user, "/User/stateChangeTime")).isEmpty();
        assertThat(xpath(user, "/User/extension")).isEmpty();
        assertThat(xpath(user, "count(/User/ReasonCode)")).isEqualTo("0");
        assertThat(xpath(user, "/User/dialogs")).isEqualTo("/finesse/api/User/1001/Dialogs");
        assertThat(xpath(user, "/User/mediaType")).isEqualTo("1");
    }

    @Test
    void signInIsAcceptedEmptyThenAnnouncedWithRequestId() {
        HttpResponse<String> response = sim.putUser("1001", signIn("5001"), "req-42");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        RecordingPublisher.Published update = sim.publisher.awaitNth(1);
        assertThat(update.node()).isEqualTo("/finesse/api/User/1001");
        assertThat(StrictXml.rootName(update.updateXml())).isEqualTo("Update");
        assertThat(xpath(update.updateXml(), "/Update/event")).isEqualTo("PUT");
        assertThat(xpath(update.updateXml(), "/Update/requestId")).isEqualTo("req-42");
        assertThat(xpath(update.updateXml(), "/Update/source")).isEqualTo("/finesse/api/User/1001");
        assertThat(xpath(update.updateXml(), "/Update/data/user/state")).isEqualTo("NOT_READY");
        assertThat(xpath(update.updateXml(), "/Update/data/user/extension")).isEqualTo("5001");
        assertThat(xpath(update.updateXml(), "/Update/data/user/reasonCodeId")).isEqualTo("-1");
        assertThat(xpath(update.updateXml(), "/Update/data/user/stateChangeTime"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

        String user = sim.get("/finesse/api/User/1001", "1001").body();
        assertThat(xpath(user, "/User/state")).isEqualTo("NOT_READY");
        assertThat(xpath(user, "/User/extension")).isEqualTo("5001");
    }

    @Test
    void requestIdIsEmptyWhenTheClientSentNone() {
        sim.putUser("1001", signIn("5001"), null);

        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(xpath(update, "count(/Update/requestId)")).isEqualTo("1");
        assertThat(xpath(update, "/Update/requestId")).isEmpty();
    }

    @Test
    void readyThenNotReadyThenSignOutAreAnnouncedInOrder() {
        assertThat(sim.putUser("1001", signIn("5001"), "1").statusCode()).isEqualTo(202);
        assertThat(sim.putUser("1001", state("READY"), "2").statusCode()).isEqualTo(202);
        assertThat(sim.putUser("1001", state("NOT_READY"), "3").statusCode()).isEqualTo(202);
        assertThat(sim.putUser("1001", state("LOGOUT"), "4").statusCode()).isEqualTo(202);

        sim.publisher.awaitNth(4);
        assertThat(sim.publisher.all()).extracting(p -> xpath(p.updateXml(), "/Update/requestId") + ":"
                + xpath(p.updateXml(), "/Update/data/user/state"))
                .containsExactly("1:NOT_READY", "2:READY", "3:NOT_READY", "4:LOGOUT");
        String user = sim.get("/finesse/api/User/1001", "1001").body();
        assertThat(xpath(user, "/User/state")).isEqualTo("LOGOUT");
        assertThat(xpath(user, "/User/extension")).isEmpty();
    }

    @Test
    void signInWhileSignedInKeepsTheCurrentState() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", state("READY"), "2");
        assertThat(sim.putUser("1001", signIn("5001"), "3").statusCode()).isEqualTo(202);

        String update = sim.publisher.awaitNth(3).updateXml();
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("3");
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("READY");
    }

    @Test
    void ucceRefusesSignOutFromReady() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", state("READY"), "2");

        HttpResponse<String> response = sim.putUser("1001", state("LOGOUT"), "3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
        sim.publisher.awaitNth(2);
        assertThat(sim.publisher.all()).hasSize(2);
    }

    @Test
    void signOutWhenSignedOutIsRefusedWithoutNotification() {
        HttpResponse<String> response = sim.putUser("1001", state("LOGOUT"), "1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/xml"));
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
        assertThat(sim.publisher.all()).isEmpty();
    }

    @Test
    void notReadyWhileSignedOutIsAcceptedThenRejectedByTheCti() {
        HttpResponse<String> response = sim.putUser("1001", state("NOT_READY"), "cti-1");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(StrictXml.rootName(update)).isEqualTo("Update");
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("cti-1");
        assertThat(xpath(update, "/Update/data/apiErrors/apiError/errorData")).isEqualTo("257");
        assertThat(xpath(update, "/Update/data/apiErrors/apiError/errorMessage"))
                .isEqualTo("CF_INVALID_PASSWORD_SPECIFIED");
        assertThat(xpath(update, "/Update/data/apiErrors/apiError/errorType")).isEqualTo("Invalid State");
        assertThat(xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state")).isEqualTo("LOGOUT");
    }

    @Test
    void administratorMayReadAnyUser() {
        HttpResponse<String> response = sim.getAsAdmin("/finesse/api/User/1002");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(xpath(response.body(), "/User/loginId")).isEqualTo("1002");
    }
}
