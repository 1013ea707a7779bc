package io.finesseacceptance.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report's categories put the suite's real failure messages where a reader expects them, and nowhere else. */
class CategoriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Agent 1001: expected Finesse to accept LOGOUT with 202 Accepted, but it answered HTTP 200"
                + "| Finesse defect: wrong answer to a request",
        "Agent 1001: expected 202 Accepted with an empty body for LOGOUT, but the body was: <x/>"
                + "| Finesse defect: wrong answer to a request",
        "Agent 1001: Finesse accepted the request for NOT_READY, then rejected it: [257]. Error notification: ..."
                + "| Finesse defect: wrong answer to a request",
        "agent 1001: expected Finesse to refuse at once with 400 and an error of type Parameter Missing (the only form"
                + " the guide documents for this refusal), but it answered HTTP 202 with an empty body"
                + "| Finesse defect: wrong answer to a request",
        "agent 1001: expected an error of type Invalid State in the refusal (202 then error Update): agent 1001 asked for"
                + " LOGOUT\\n[Expecting any elements to match predicate but none did]"
                + "| Finesse defect: wrong answer to a request",
        "Agent 1001: no refusal: Finesse accepted the request for LOGOUT on /finesse/api/User/1001 for request r-1 and"
                + " then announced neither an error nor the change within 1500 ms: no notification arrived after the request."
                + "| Finesse defect: wrong answer to a request",
        "agent 1001: expected a 401 with an Authorization Failure error or with no body, but the body was: <html/>"
                + "| Finesse defect: wrong answer to a request",
        "Agent 1001: expected a notification announcing LOGOUT within PT10S, no notification arrived after the request\\n  seen: NOT_READY"
                + "| Finesse defect: wrong or missing notification",
        "Agent 1001: Finesse refused the request (Invalid State), yet announced afterwards:\\n  LOGOUT"
                + "| Finesse defect: wrong or missing notification",
        "Lab preflight failed, no scenario was run and nothing in the lab was changed:\\n  - FINESSE_AGENTS 1001: 401"
                + "| Lab or suite problem: unreachable, credentials, preflight, agents",
        "Agent 1001 could not open an XMPP session at finesse-a:5222: connection refused"
                + "| Lab or suite problem: unreachable, credentials, preflight, agents",
        "The Finesse lab settings are not usable:\\n  - FINESSE_BASE_URL is missing"
                + "| Lab or suite problem: unreachable, credentials, preflight, agents",
        "Agent 1002 could not be put back as it was found: READY"
                + "| Lab or suite problem: unreachable, credentials, preflight, agents",
    })
    void aFailureLandsInItsCategory(String message, String category) throws IOException {
        assertThat(categoriesMatching(message.replace("\\n", "\n"), "failed")).containsExactly(category);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "this scenario describes another deployment type; SystemInfo says this lab is UCCE",
        "a real lab cannot be made to do this on demand; it runs on the simulator only",
    })
    void aScenarioForAnotherLabIsSetApart(String message) throws IOException {
        assertThat(categoriesMatching(message, "skipped")).containsExactly("Not for this lab (skipped on purpose)");
    }

    /** As Allure applies them: the status must be listed and the regex must match the whole message. */
    private static List<String> categoriesMatching(String message, String status) throws IOException {
        try (InputStream json = CategoriesTest.class.getResourceAsStream("/categories.json")) {
            List<Map<String, Object>> categories = JsonPath.from(json).getList("$");
            return categories.stream()
                    .filter(category -> ((List<?>) category.get("matchedStatuses")).contains(status))
                    .filter(category -> Pattern.compile((String) category.get("messageRegex")).matcher(message).matches())
                    .map(category -> (String) category.get("name"))
                    .toList();
        }
    }
}
