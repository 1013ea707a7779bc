package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.password;
import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestErrorsTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void missingStateIsAMissingParameter() {
        HttpResponse<String> response = sim.putUser("1001", "<User><extension>5001</extension></User>", "1");

        assertApiError(response, 400, "Parameter Missing", "state", "State Parameter missing");
    }

    @Test
    void signInWithoutExtensionIsAMissingParameter() {
        HttpResponse<String> response = sim.putUser("1001", state("LOGIN"), "1");

        assertApiError(response, 400, "Parameter Missing", "extension", "Extension Parameter missing");
    }

    @Test
    void statesAnAgentCannotRequestAreInvalidInput() {
        sim.putUser("1001", signIn("5001"), "1");
        for (String state : new String[] {"TALKING", "FOO", "ready"}) {
            assertApiError(sim.putUser("1001", state(state), "x"), 400, "Invalid Input", "state",
                    "Invalid State specified for user");
        }
    }

    @Test
    void malformedXmlAndWrongRootAreBadRequests() {
        HttpResponse<String> malformed = sim.putUser("1001", "<User><state>READY</User>", "1");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(xpath(malformed.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Bad Request");
        HttpResponse<String> wrongRoot = sim.putUser("1001", "<Dialog><state>READY</state></Dialog>", "1");
        assertThat(wrongRoot.statusCode()).isEqualTo(400);
        assertThat(xpath(wrongRoot.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Bad Request");
        assertThat(sim.publisher.all()).isEmpty();
    }

    @Test
    void externalEntitiesAreRefused() {
        String hostile = "<?xml version=\"1.0\"?><!DOCTYPE User [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<User><state>&x;</state></User>";

        HttpResponse<String> response = sim.putUser("1001", hostile, "1");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void wrongPasswordIsUnauthorizedWithChallenge() {
        HttpResponse<String> response = sim.get("/finesse/api/User/1001", "1001", "wrong");

        assertApiError(response, 401, "Authorization Failure", "1001", "UNAUTHORIZED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Finesse\"");
    }

    @Test
    void missingCredentialsAreUnauthorized() {
        HttpResponse<String> response = sim.send(HttpRequest.newBuilder(sim.uri("/finesse/api/User/1001")).build());

        assertApiError(response, 401, "Authorization Failure", "", "UNAUTHORIZED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Finesse\"");
    }

    @Test
    void agentCannotReadOrChangeAnotherAgent() {
        assertApiError(sim.get("/finesse/api/User/1002", "1001"), 401, "Invalid Authorization User Specified",
                "1001", "Invalid Authorization User Specified");
        assertApiError(sim.putUserAs("1001", "1002", signIn("5002"), "1"), 401,
                "Invalid Authorization User Specified", "1001", "Invalid Authorization User Specified");
        assertThat(sim.publisher.all()).isEmpty();
    }

    @Test
    void unknownUserIsNotFound() {
        assertApiError(sim.getAsAdmin("/finesse/api/User/9999"), 404, "User Not Found", "9999", "UNKNOWN_USER");
        assertApiError(sim.get("/finesse/api/User/9999", "1001"), 404, "User Not Found", "9999", "UNKNOWN_USER");
    }

    @Test
    void unknownPathIsNotFoundAndWrongMethodIsNotAllowed() {
        assertThat(sim.get("/finesse/api/Nothing", "1001").statusCode()).isEqualTo(404);
        assertThat(sim.get("/elsewhere", "1001").statusCode()).isEqualTo(404);
        HttpResponse<String> delete = sim.send(sim.request("/finesse/api/User/1001", "1001", password("1001"))
                .DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, PUT");
    }

    @Test
    void oversizedBodyIsRefused() {
        String padding = "x".repeat(FinesseRestServer.MAX_BODY_BYTES + 1);
        HttpResponse<String> response = sim.putUser("1001", "<User><state>" + padding + "</state></User>", "1");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static void assertApiError(HttpResponse<String> response, int status, String type, String data,
            String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String body = response.body();
        assertThat(StrictXml.rootName(body)).isEqualTo("ApiErrors");
        assertThat(xpath(body, "/ApiErrors/ApiError/ErrorType")).isEqualTo(type);
        assertThat(xpath(body, "/ApiErrors/ApiError/ErrorData")).isEqualTo(data);
        assertThat(xpath(body, "/ApiErrors/ApiError/ErrorMessage")).isEqualTo(message);
    }
}
