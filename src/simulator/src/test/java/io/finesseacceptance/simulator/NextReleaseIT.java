package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.between;
import static io.finesseacceptance.simulator.SimulatorTestClient.password;
import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.faults.Release;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --release NEXT} over HTTP and XMPP, as the suite meets it: each of the six planted changes of
 * {@link Release#NEXT} but its SystemInfo ({@link NextReleaseSystemInfoIT}), and a simulator on
 * {@link Release#CURRENT} next to it still answering as before.
 * Each test uses agents of its own, so the tests share the two simulators.
 */
class NextReleaseIT {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Pattern USER_HEAD = Pattern.compile(
            "<loginName>[^<]*</loginName>(<skillTargetId>(\\d+)</skillTargetId>)?<state>");

    private static ReleasePair releases;
    private static FinesseSimulator next;
    private static FinesseSimulator current;
    private static SimulatorTestClient nextHttp;
    private static SimulatorTestClient currentHttp;

    @BeforeAll
    static void start() {
        releases = ReleasePair.start(4);
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
    void theOptionIsCurrentUnlessToldAndNextIsOneSwitch() {
        assertThat(SimulatorConfig.defaults().release()).isEqualTo(Release.CURRENT);
        assertThat(next.options()).isEqualTo(current.options().withRelease(Release.NEXT));
    }

    // 1. an element added

    @Test
    void aUserDocumentGainsSkillTargetIdAfterLoginName() {
        String user = user(nextHttp, "1001");

        Matcher head = USER_HEAD.matcher(user);
        assertThat(head.find()).as(user).isTrue();
        assertThat(head.group(2)).as("skillTargetId right after loginName in %s", user).isNotNull().matches("\\d+");
        assertThat(user(nextHttp, "1001")).contains("<skillTargetId>" + head.group(2) + "</skillTargetId>");

        String before = user(currentHttp, "1001");
        assertThat(before).doesNotContain("skillTargetId");
        Matcher currentHead = USER_HEAD.matcher(before);
        assertThat(currentHead.find()).as(before).isTrue();
        assertThat(currentHead.group(1)).isNull();
    }

    // 2. an element renamed

    @Test
    void teamNameIsCalledTeamDisplayNameWithTheSameValue() {
        String team = between(user(currentHttp, "1001"), "<teamName>", "</teamName>");

        String user = user(nextHttp, "1001");
        assertThat(user).doesNotContain("<teamName>").doesNotContain("</teamName>")
                .contains("<teamDisplayName>" + team + "</teamDisplayName>");
        assertThat(team).isNotEmpty();
    }

    /** 1 and 2 in the {@code <user>} of an Update too: both come from the same writer as the GET. */
    @Test
    void theUserInAnUpdateHasBothChangesToo() throws Exception {
        XMPPTCPConnection agent = AgentXmppSession.connect(next, "1002", "desk");
        try {
            List<String> updates = AgentXmppSession.updatesOf(agent);
            assertThat(nextHttp.putUser("1002", password("1002"), signIn("5002")).statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> updates.stream().anyMatch(update -> update.contains("<user>")));

            String update = updates.stream().filter(one -> one.contains("<user>")).findFirst().orElseThrow();
            Matcher head = USER_HEAD.matcher(update);
            assertThat(head.find()).as(update).isTrue();
            assertThat(head.group(2)).as(update).isNotNull();
            String user = user(nextHttp, "1002");
            assertThat(user).contains("<skillTargetId>" + head.group(2) + "</skillTargetId>");
            assertThat(update).doesNotContain("<teamName>")
                    .contains("<teamDisplayName>" + between(user, "<teamDisplayName>", "</teamDisplayName>")
                            + "</teamDisplayName>");
        } finally {
            agent.disconnect();
        }
    }

    // 3. a reason code removed

    @Test
    void oneNotReadyReasonCodeIsNeitherListedNorAccepted() {
        String removed = "/finesse/api/ReasonCode/" + Release.REMOVED_REASON_CODE_ID + "<";
        String listed = reasonCodes(nextHttp, "1003", "NOT_READY");
        assertThat(listed).doesNotContain(removed).doesNotContain("<label>Meeting</label>")
                .contains("/finesse/api/ReasonCode/1<", "<label>Break</label>",
                        "/finesse/api/ReasonCode/2<", "<label>Lunch</label>");
        assertThat(reasonCodes(currentHttp, "1003", "NOT_READY")).contains(removed, "<label>Meeting</label>");
        assertThat(reasonCodes(nextHttp, "1003", "LOGOUT")).isEqualTo(reasonCodes(currentHttp, "1003", "LOGOUT"))
                .contains("<label>End of shift</label>", "<label>Training</label>");

        nextHttp.signInAndAwait("1003");
        HttpResponse<String> refused = nextHttp.putUser("1003", password("1003"),
                withReason("NOT_READY", Release.REMOVED_REASON_CODE_ID));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Invalid reasonCodeId specified for user");
        assertThat(nextHttp.putUser("1003", password("1003"), withReason("NOT_READY", 1)).statusCode())
                .isEqualTo(202);
        awaitReasonCode(nextHttp, "1003", "1");

        currentHttp.signInAndAwait("1003");
        assertThat(currentHttp.putUser("1003", password("1003"),
                withReason("NOT_READY", Release.REMOVED_REASON_CODE_ID)).statusCode()).isEqualTo(202);
        awaitReasonCode(currentHttp, "1003", String.valueOf(Release.REMOVED_REASON_CODE_ID));
    }

    // 4. a refusal moved

    @Test
    void readyToLogoutOnUcceIsAcceptedAndThenRefusedByAnErrorUpdate() throws Exception {
        XMPPTCPConnection agent = AgentXmppSession.connect(next, "1004", "desk");
        try {
            List<String> updates = AgentXmppSession.updatesOf(agent);
            nextHttp.signInAndAwait("1004");
            assertThat(nextHttp.putUser("1004", password("1004"), state("READY")).statusCode()).isEqualTo(202);
            nextHttp.awaitState("1004", "READY");

            HttpResponse<String> logout = nextHttp.putUser("1004", password("1004"), state("LOGOUT"));

            assertThat(logout.statusCode()).isEqualTo(202);
            assertThat(logout.body()).isEmpty();
            await().atMost(WAIT).until(() -> updates.stream().anyMatch(update -> update.contains("<apiErrors>")));
            String error = updates.stream().filter(update -> update.contains("<apiErrors>")).findFirst()
                    .orElseThrow();
            assertThat(error).contains("<errorType>Invalid State</errorType>", "<errorData>LOGOUT</errorData>");
            assertThat(userState(nextHttp, "1004")).isEqualTo("READY");
        } finally {
            agent.disconnect();
        }

        currentHttp.signInAndAwait("1004");
        assertThat(currentHttp.putUser("1004", password("1004"), state("READY")).statusCode()).isEqualTo(202);
        currentHttp.awaitState("1004", "READY");
        HttpResponse<String> atOnce = currentHttp.putUser("1004", password("1004"), state("LOGOUT"));
        assertThat(atOnce.statusCode()).isEqualTo(400);
        assertThat(atOnce.body()).contains("Invalid State");
    }

    // 5. CTI latency three times higher

    @Test
    void theCtiDelayIsThreeTimesTheConfiguredOneAndThePrintedSettingsSaySo() {
        SimulatorConfig slow = SimulatorConfig.defaults().withAgentCount(1)
                .withNotificationDelay(Duration.ofMillis(150));
        assertThat(slow.effectiveNotificationDelay()).isEqualTo(Duration.ofMillis(150));
        assertThat(slow.withRelease(Release.NEXT).effectiveNotificationDelay()).isEqualTo(Duration.ofMillis(450));

        try (FinesseSimulator slowNext = FinesseSimulator.start(slow.withRelease(Release.NEXT))) {
            SimulatorTestClient http = new SimulatorTestClient(slowNext.labSettings());
            long start = System.nanoTime();
            assertThat(http.putUser("1001", password("1001"), signIn("5001")).statusCode()).isEqualTo(202);
            http.awaitState("1001", "NOT_READY");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));

            assertThat(SimulatorMain.describe(slowNext)).contains("Release: NEXT",
                    "CTI delay 450 ms (3 x --cti-delay-ms 150)");
        }
        assertThat(SimulatorMain.describe(current)).doesNotContain("Release").doesNotContain("CTI delay");
        assertThat(SimulatorCommandLine.help().replaceAll("\\s+", " "))
                .contains("--release NEXT waits 3 times as long");
    }

    private static String user(SimulatorTestClient http, String agentId) {
        HttpResponse<String> user = http.api("/finesse/api/User/" + agentId, agentId);
        assertThat(user.statusCode()).isEqualTo(200);
        return user.body();
    }

    private static String reasonCodes(SimulatorTestClient http, String agentId, String category) {
        HttpResponse<String> codes = http.api("/finesse/api/User/" + agentId + "/ReasonCodes?category=" + category,
                agentId);
        assertThat(codes.statusCode()).isEqualTo(200);
        return codes.body();
    }

    private static String userState(SimulatorTestClient http, String agentId) {
        return between(user(http, agentId), "<state>", "</state>");
    }

    private static void awaitReasonCode(SimulatorTestClient http, String agentId, String expected) {
        await().atMost(WAIT).until(() -> between(user(http, agentId), "<reasonCodeId>", "</reasonCodeId>")
                .equals(expected));
    }
}
