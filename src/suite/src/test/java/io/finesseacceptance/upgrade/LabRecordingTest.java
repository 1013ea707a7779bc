package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.UpdateEnvelope;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.rest.HttpExchange;
import io.finesseacceptance.settings.Side;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a recording makes of the exchanges, confirmations and scenarios of a deployment of one or two sides. */
class LabRecordingTest {

    private static final String PRIMARY = "https://finesse-a.lab.example:8445";
    private static final String SECONDARY = "https://finesse-b.lab.example:8445";
    private static final long SENT = 1_000_000_000L;

    private static HttpExchange get(String base, String path, String body) {
        return new HttpExchange("GET", base + path, Map.of(), null, 200, Map.of(), body, Duration.ofMillis(3));
    }

    private static String systemInfo(String host, String ctiVersion) {
        return "<SystemInfo><deploymentType>UCCE</deploymentType><status>IN_SERVICE</status><ctiVersion>" + ctiVersion
                + "</ctiVersion><xmppDomain>" + host + "</xmppDomain><xmppPubSubDomain>pubsub." + host
                + "</xmppPubSubDomain></SystemInfo>";
    }

    private static String user(String team, boolean withReason) {
        return "<User><loginId>1001</loginId><state>NOT_READY</state>" + (withReason
                ? "<ReasonCode><label>Break</label></ReasonCode>" : "") + "<" + team + ">Team A</" + team + "></User>";
    }

    /** The PUT of a sign-out through {@code base}, its requestId in its header. */
    private static void signOutThrough(LabRecording recording, String base, String requestId) {
        recording.exchanged(new HttpExchange("PUT", base + "/finesse/api/User/1001",
                Map.of(FinesseRestClient.REQUEST_ID_HEADER, List.of(requestId)), "<User/>", 202, Map.of(), "",
                Duration.ofMillis(5)));
    }

    private static UserNotification update(String requestId, long landedNanos) {
        String payload = "<Update><event>PUT</event><requestId>" + requestId + "</requestId><data><user>"
                + "<loginId>1001</loginId><state>LOGOUT</state></user></data></Update>";
        return new UserNotification(1, Instant.EPOCH, landedNanos, "/finesse/api/User/1001", "PUT", requestId,
                "/finesse/api/User/1001", Optional.of(new User("1001", AgentState.LOGOUT, "", "", "", "", "", "")),
                List.of(), payload, new UpdateEnvelope(true, "notification", ""));
    }

    private static void confirmed(LabRecording recording, String requestId, double afterMillis) {
        UserNotification landed = update(requestId, SENT + (long) (afterMillis * 1e6));
        recording.confirmed(new StateChange("1001", AgentStateRequest.signOut(), requestId, 0,
                        new FinesseResponse(202, ""), SENT, SENT + 1),
                new StateConfirmation(landed.user().orElseThrow(), Optional.of(new AnnouncedState(landed, SENT)),
                        List.of(), ""));
    }

    /** A sign-out sent with {@code requestId}, its Update heard on {@code heardOn} carrying {@code echoed}. */
    private static ScenarioRecord signedOut(Side heardOn, String requestId, String echoed) {
        AskedRequest signOut = new AskedRequest("sign-out", true, new FinesseResponse(202, ""),
                List.of(update(echoed, SENT)), heardOn, requestId);
        return new ScenarioRecord("agent_signs_out.feature", "The agent signs out", 3, "PASSED", List.of("1001"),
                List.of(signOut), Map.of(heardOn, List.of(update(echoed, SENT))));
    }

    @Test
    void eachSideKeepsWhatItsOwnBaseUrlAnsweredAndItsDesksHeard() {
        LabRecording recording = LabRecording.on(false);
        // the preflight reads both sides before the deployment says which is which
        recording.exchanged(get(PRIMARY, "/finesse/api/SystemInfo", systemInfo("finesse-a.lab.example", "20")));
        recording.exchanged(get(SECONDARY, "/finesse/api/SystemInfo", systemInfo("finesse-b.lab.example", "21")));
        recording.sidesAt(Map.of(Side.PRIMARY, URI.create(PRIMARY + "/"), Side.SECONDARY, URI.create(SECONDARY)));
        recording.exchanged(get(PRIMARY, "/finesse/api/User/1001", user("teamName", true)));
        recording.exchanged(get(PRIMARY, "/finesse/api/User/1001", user("teamName", false)));
        recording.exchanged(get(SECONDARY, "/finesse/api/User/1001", user("teamDisplayName", false)));
        signOutThrough(recording, SECONDARY, "run-1");
        confirmed(recording, "run-1", 30);
        signOutThrough(recording, PRIMARY, "run-2");
        confirmed(recording, "run-2", 10);
        recording.scenarioEnded(signedOut(Side.SECONDARY, "run-1", "run-1"));

        Baseline baseline = recording.toBaseline("finesse-acceptance test");

        assertThat(baseline.twoSides()).isTrue();
        assertThat(baseline.systemInfo()).containsEntry("ctiVersion", "20")
                .containsEntry("xmppDomain", SystemInfoFields.HOST_NAME_NOT_RECORDED)
                .containsEntry("xmppPubSubDomain", "pubsub.<xmppDomain>");
        assertThat(baseline.secondary().systemInfo()).containsEntry("ctiVersion", "21");
        assertThat(baseline.documents().get("User (GET)")).contains("User/teamName", "User/ReasonCode");
        assertThat(baseline.optionalElements()).containsOnlyKeys("User (GET)");
        assertThat(baseline.optionalElements().get("User (GET)")).containsExactly("User/ReasonCode");
        assertThat(baseline.secondary().documents().get("User (GET)")).contains("User/teamDisplayName")
                .doesNotContain("User/teamName");
        assertThat(baseline.secondary().documents()).containsKey("Update (XMPP)");
        assertThat(baseline.documents()).doesNotContainKey("Update (XMPP)");
        assertThat(baseline.secondary().notifications().get("requestId")).containsExactly("echoed");
        assertThat(baseline.secondary().answered())
                .containsExactly("agent_signs_out.feature: The agent signs out / sign-out");
        assertThat(baseline.latency().get(LabRecording.ALL_TRANSITIONS).count()).isEqualTo(2);
        assertThat(baseline.latency().get(LabRecording.allTransitionsOn(Side.SECONDARY)).samplesMs())
                .containsExactly(30.0);
        assertThat(baseline.latency().get(LabRecording.allTransitionsOn(Side.PRIMARY)).samplesMs())
                .containsExactly(10.0);
        assertThat(BaselineFile.toJson(baseline)).doesNotContain("lab.example");
    }

    @Test
    void oneNodeIsRecordedAsBeforeWithNoSecondaryAndNoSidePools() {
        LabRecording recording = LabRecording.on(true);
        recording.exchanged(get(PRIMARY, "/finesse/api/SystemInfo", systemInfo("finesse-a.lab.example", "20")));
        recording.sidesAt(Map.of(Side.PRIMARY, URI.create(PRIMARY)));
        signOutThrough(recording, PRIMARY, "run-1");
        confirmed(recording, "run-1", 12);
        recording.scenarioEnded(signedOut(Side.PRIMARY, "run-1", "run-1"));

        Baseline baseline = recording.toBaseline("finesse-acceptance test");

        assertThat(baseline.twoSides()).isFalse();
        assertThat(baseline.systemInfo()).containsEntry("xmppDomain", "finesse-a.lab.example");
        assertThat(baseline.documents()).containsKeys("SystemInfo (GET)", "Update (XMPP)");
        assertThat(baseline.latency()).containsOnlyKeys("LOGOUT requested", LabRecording.ALL_TRANSITIONS);
        assertThat(BaselineFile.toJson(baseline)).doesNotContain("\"secondary\"");
    }

    @Test
    void aChangeSentThroughOneSideAndHeardOnTheOtherIsTheSendersAndItsEchoIsNotAForm() {
        LabRecording recording = LabRecording.on(false);
        recording.sidesAt(Map.of(Side.PRIMARY, URI.create(PRIMARY), Side.SECONDARY, URI.create(SECONDARY)));
        signOutThrough(recording, PRIMARY, "run-1");
        // the secondary's notification service publishes the change the primary took, without its requestId
        recording.scenarioEnded(signedOut(Side.SECONDARY, "run-1", ""));

        Baseline baseline = recording.toBaseline("finesse-acceptance test");

        assertThat(baseline.secondary().answered()).isEmpty();
        assertThat(baseline.side(Side.PRIMARY).answered())
                .containsExactly("agent_signs_out.feature: The agent signs out / sign-out");
        assertThat(baseline.secondary().notifications()).doesNotContainKey("requestId").containsKey("envelope");
        assertThat(baseline.notifications()).doesNotContainKey("requestId");
    }

    @Test
    void onTwoSidesALateCopyOfAnEarlierChangeIsNotCausedByTheNextRequest() {
        LabRecording recording = LabRecording.on(false);
        recording.sidesAt(Map.of(Side.PRIMARY, URI.create(PRIMARY), Side.SECONDARY, URI.create(SECONDARY)));
        signOutThrough(recording, PRIMARY, "run-2");
        UserNotification own = update("run-2", SENT);
        // the other side's copy of the change before, without a requestId, landing after this one was sent
        String notReady = "<Update><event>PUT</event><requestId/><data><user><loginId>1001</loginId>"
                + "<state>NOT_READY</state></user></data></Update>";
        UserNotification lateCopy = new UserNotification(2, Instant.EPOCH, SENT, "/finesse/api/User/1001", "PUT", "",
                "/finesse/api/User/1001", Optional.of(new User("1001", AgentState.NOT_READY, "", "", "", "", "", "")),
                List.of(), notReady, new UpdateEnvelope(true, "notification", ""));
        AskedRequest signOut = new AskedRequest("sign-out", true, new FinesseResponse(202, ""), List.of(own, lateCopy),
                Side.PRIMARY, "run-2");
        recording.scenarioEnded(new ScenarioRecord("agent_signs_out.feature", "The agent signs out", 3, "PASSED",
                List.of("1001"), List.of(signOut), Map.of(Side.PRIMARY, List.of(own, lateCopy))));

        Baseline baseline = recording.toBaseline("finesse-acceptance test");

        assertThat(baseline.requests().get("agent_signs_out.feature: The agent signs out / sign-out").notifications())
                .containsExactly("PUT user LOGOUT");
        assertThat(baseline.notifications().get("requestId")).containsExactly("echoed");
    }
}
