package io.finesseacceptance.livingdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeaturePageTest {

    private static final ContractSections CONTRACT = ContractSections.read(Path.of("docs", "finesse-contract.md"));

    private static String page(ScenarioOutcome scenario) {
        FeatureOutcome feature = new FeatureOutcome("classpath:features/agent_signs_out.feature", "Agent signs out",
                "An agent who is done\nfor the day signs out.", List.of("@sign-out"), List.of(scenario));
        return new FeaturePage(CONTRACT, ScenarioHistory.read(Path.of("absent.json")), "today").of(feature);
    }

    @Test
    void aFailedScenarioShowsItsMessageEscapedInOneBlock() {
        String page = page(new ScenarioOutcome("k", "The agent signs out", List.of("@sign-out"), Outcome.FAILED,
                "expected <User> with LOGOUT\n\nbut saw NOT_READY", List.of(new StepOutcome("Then",
                "Finesse accepts the request with 202 Accepted and an empty body", Outcome.FAILED, List.of("§5.1"))),
                List.of("primary"), List.of()));

        assertThat(page).contains("<div class=\"scenario outcome-failed\" id=\"scenario-1\">",
                "<pre class=\"failure-message\">expected &lt;User&gt; with LOGOUT\n&#160;\nbut saw NOT_READY</pre>",
                "Side: primary", "[Signing out](capability-sign-out.html)", "[User](resource-user.html)");
        String block = page.substring(page.indexOf("<div class=\"scenario"), page.indexOf("</div>"));
        assertThat(block).as("a blank line would end the HTML block early").doesNotContain("\n\n");
    }

    @Test
    void aStepLinksToTheSectionsItChecksAndTheirCiscoPages() {
        String page = page(new ScenarioOutcome("k", "The agent signs out", List.of(), Outcome.PASSED, "",
                List.of(new StepOutcome("Then", "Finesse accepts the request with 202 Accepted and an empty body",
                        Outcome.PASSED, List.of("§5.1"))), List.of(), List.of()));

        assertThat(page).contains("1. **Then** Finesse accepts the request with 202 Accepted and an empty body",
                "(contract.html#s5-1)", "[sign-in-to-finesse](https://developer.cisco.com/docs/finesse/sign-in-to-finesse)",
                "[sign-out-of-finesse](https://solutionpartner.cisco.com/");
    }

    @Test
    void textFromAFeatureCannotBecomeMarkup() {
        assertThat(MarkdownText.escape("a *b* [c](d) <e> #f")).isEqualTo("a \\*b\\* \\[c\\](d) &lt;e&gt; \\#f");
        assertThat(MarkdownText.withLinks("https://127.0.0.1:35337 (FINESSE_BASE_URL) IN_SERVICE, at https://h/x."))
                .isEqualTo("[https://127.0.0.1:35337](https://127.0.0.1:35337) (FINESSE\\_BASE\\_URL) IN\\_SERVICE, at"
                        + " [https://h/x](https://h/x).");
        assertThat(MarkdownText.pageName("https://mcdewey.supported.systems/c/finesse%3A%3Av12.5%3A%3Adeveloper-guide"
                + "%3A%3Adeveloper-guide%3A%3A51")).isEqualTo("guide 12.5, chunk 51");
        assertThat(MarkdownText.pageName("https://developer.cisco.com/docs/finesse/user%E2%80%94change-agent-state"))
                .isEqualTo("user—change-agent-state");
        assertThat(Optional.of(new FeatureOutcome("file:/x/features/a b.feature", "", "", List.of(), List.of()).page()))
                .contains("feature-a-b.html");
    }
}
