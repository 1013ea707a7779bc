package io.finesseacceptance.simulator.webservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparison must catch drift, or the conformance tests prove nothing. */
class FixtureShapeTest {

    private static final String REASON_CODES = "<ReasonCodes category=\"LOGOUT\"><ReasonCode><uri>/finesse/api/ReasonCode/8</uri>"
            + "<category>LOGOUT</category><code>101</code><label>Training</label><forAll>true</forAll>"
            + "<systemCode>false</systemCode></ReasonCode><ReasonCode><forAll>true</forAll><systemCode>false</systemCode>"
            + "<uri>/finesse/api/ReasonCode/7</uri><category>LOGOUT</category><code>100</code>"
            + "<label>End of shift</label><extra/></ReasonCode></ReasonCodes>";

    private final FixtureShape reasonCodes = FixtureShape.load("reason-codes.xml");

    @Test
    void acceptsAnyOrderExtraElementsAndRepeatedElements() {
        assertThat(reasonCodes.differences(REASON_CODES)).isEmpty();
    }

    @Test
    void reportsAMissingNestedElement() {
        String drifted = REASON_CODES.replace("<label>End of shift</label>", "");

        assertThat(reasonCodes.differences(drifted)).anyMatch(d -> d.contains("/ReasonCodes/ReasonCode/label"));
    }

    @Test
    void reportsAWrongValueAttributeAndRoot() {
        assertThat(reasonCodes.differences(REASON_CODES.replace("<code>100</code>", "<code>999</code>")))
                .anyMatch(d -> d.contains("/ReasonCode/code is \"999\""));
        assertThat(reasonCodes.differences(REASON_CODES.replace("category=\"LOGOUT\"", "category=\"NOT_READY\"")))
                .anyMatch(d -> d.contains("/ReasonCodes/@category"));
        assertThat(reasonCodes.differences("<reasonCodes/>")).containsExactly(
                "root is <reasonCodes>, expected <ReasonCodes>");
        assertThatThrownBy(() -> reasonCodes.assertMatches("<ReasonCodes category=\"LOGOUT\"/>"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ReasonCode is missing");
    }

    @Test
    void appliesTheAnyAndRegexRules() {
        FixtureShape update = FixtureShape.load("user-forced-logout-update.xml");
        String conforming = "<Update><data><user><uri>/finesse/api/User/1001</uri><loginId>1001</loginId>"
                + "<state>LOGOUT</state><stateChangeTime>2024-05-01T08:00:00.123Z</stateChangeTime>"
                + "<reasonCodeId>255</reasonCodeId><extension/></user></data><event>PUT</event><requestId/>"
                + "<source>/finesse/api/User/1001</source></Update>";

        assertThat(update.differences(conforming)).isEmpty();
        assertThat(update.differences(conforming.replace("08:00:00.123Z", "08:00:00Z"))).hasSize(1);
        assertThat(update.differences(conforming.replace("<requestId/>", "<requestId>r1</requestId>"))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user.xml", "user-update.xml", "user-forced-logout-update.xml", "cti-error-update.xml",
            "api-errors-invalid-state-input.xml", "api-errors-reason-code-required.xml", "api-errors-out-of-service.xml",
            "reason-codes.xml", "system-info.xml"})
    void everyFixtureBeginsByCitingItsReferenceSectionAndCiscoSource(String fixture) {
        String source = FixtureShape.load(fixture).source();

        assertThat(source).startsWith("<!--");
        String comment = source.substring(0, source.indexOf("-->"));
        // the comment cites its section of docs/finesse-contract.md (src/simulator/src/test/resources/conformance/README.md)
        assertThat(comment).contains("docs/finesse-contract.md §").contains("Cisco source");
    }
}
