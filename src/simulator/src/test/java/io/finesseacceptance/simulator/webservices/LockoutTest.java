package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DeploymentType;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Five wrong passwords in a row lock the user id out, right password or not, until the lockout ends. */
class LockoutTest {

    private static final Duration LOCKOUT = Duration.ofMillis(700);
    private static final String USER_PATH = "/finesse/api/User/";

    private static RunningSimulator sim;

    @BeforeAll
    static void start() {
        sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCE)
                .withLockout(LockoutPolicy.finesseDefault(LOCKOUT)));
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void fiveFailuresLockTheUserOutUntilTheLockoutEnds() {
        String id = "1001";
        for (int i = 0; i < 4; i++) {
            assertThat(wrongPassword(id).statusCode()).isEqualTo(401);
        }
        assertThat(rightPassword(id).statusCode()).as("4 failures are not yet a lockout").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            wrongPassword(id);
        }

        HttpResponse<String> locked = rightPassword(id);

        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(xpath(locked.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Authorization Failure");
        assertThat(xpath(locked.body(), "/ApiErrors/ApiError/ErrorData")).isEqualTo(id);
        assertThat(rightPassword("1002").statusCode()).as("other users are not affected").isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> rightPassword(id).statusCode() == 200);
    }

    @Test
    void aSuccessBeforeTheFifthFailureStartsTheCountAgain() {
        String id = "1003";
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                wrongPassword(id);
            }
            assertThat(rightPassword(id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLockoutAppliesToTheAdministratorToo() {
        for (int i = 0; i < 5; i++) {
            sim.get(USER_PATH + "1002", AgentDirectory.ADMINISTRATOR_ID, "wrong");
        }

        assertThat(sim.getAsAdmin(USER_PATH + "1002").statusCode()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> sim.getAsAdmin(USER_PATH + "1002").statusCode() == 200);
    }

    private static HttpResponse<String> wrongPassword(String id) {
        return sim.get(USER_PATH + id, id, "not-the-password");
    }

    private static HttpResponse<String> rightPassword(String id) {
        return sim.get(USER_PATH + id, id);
    }
}
