package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.finesse.AgentState;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateParserTest {

    @Test
    void readsAnEscapedUpdate() {
        List<UpdateParser.ParsedUpdate> updates = UpdateParser.parse(
                FinesseMessages.escaped("1001", FinesseMessages.userUpdate("1001", "LOGOUT", "req-1")));

        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.node()).isEqualTo("/finesse/api/User/1001");
            assertThat(update.event()).isEqualTo("PUT");
            assertThat(update.requestId()).isEqualTo("req-1");
            assertThat(update.source()).isEqualTo("/finesse/api/User/1001");
            assertThat(update.user()).hasValueSatisfying(user -> {
                assertThat(user.state()).isEqualTo(AgentState.LOGOUT);
                assertThat(user.reasonCode()).contains("7");
            });
            assertThat(update.payload()).startsWith("<Update>");
            assertThat(update.envelope()).isEqualTo(new UpdateEnvelope(true, "notification",
                    "http://jabber.org/protocol/pubsub"));
        });
    }

    @Test
    void readsAnUpdateSentAsElementsInAnyNamespace() {
        List<UpdateParser.ParsedUpdate> updates = UpdateParser.parse(
                FinesseMessages.asElements("1001", FinesseMessages.userUpdate("1001", "NOT_READY", "")));

        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.user().orElseThrow().state()).isEqualTo(AgentState.NOT_READY);
            // what an upgrade baseline records of the envelope
            assertThat(update.envelope().describe())
                    .isEqualTo("Update as child elements, in <notification xmlns=\"urn:example:other\">");
        });
    }

    @Test
    void readsUpperCaseUserElementAndLowerCaseValues() {
        String update = FinesseMessages.userUpdate("1001", "logout", "r").replace("<user>", "<User>")
                .replace("</user>", "</User>").replace("PUT", "put");

        UpdateParser.ParsedUpdate parsed = UpdateParser.parse(FinesseMessages.escaped("1001", update)).get(0);

        assertThat(parsed.user().orElseThrow().state()).isEqualTo(AgentState.LOGOUT);
        assertThat(parsed.event()).isEqualTo("put");
    }

    @Test
    void readsTheErrorsOfARejectedRequest() {
        UpdateParser.ParsedUpdate parsed = UpdateParser.parse(
                FinesseMessages.escaped("1001", FinesseMessages.errorUpdate("1001", "req-2"))).get(0);

        assertThat(parsed.user()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorType()).isEqualTo("Invalid State");
            assertThat(error.errorMessage()).isEqualTo("CF_INVALID_PASSWORD_SPECIFIED");
            assertThat(error.errorData()).isEqualTo("257");
        });
    }

    @Test
    void ignoresMessagesThatAreNoPubsubEvent() {
        assertThat(UpdateParser.parse("<message from=\"a@b\"><body>hello</body></message>")).isEmpty();
    }
}
