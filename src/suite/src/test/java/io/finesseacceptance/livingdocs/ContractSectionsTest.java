package io.finesseacceptance.livingdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractSectionsTest {

    private static final ContractSections CONTRACT = ContractSections.read(Path.of("docs", "finesse-contract.md"));

    @Test
    void readsHeadingsAndNumberedStatementsWithTheirCiscoPages() {
        assertThat(CONTRACT.section("§5")).get().extracting(ContractSections.Section::title)
                .isEqualTo("The synchronous answer to an accepted PUT");
        ContractSections.Section accepted = CONTRACT.section("§5.1").orElseThrow();
        assertThat(accepted.title()).startsWith("Sign-in and sign-out are accepted with 202");
        assertThat(accepted.ciscoPages()).contains("https://developer.cisco.com/docs/finesse/sign-in-to-finesse",
                "https://developer.cisco.com/docs/finesse/cisco-finesse-apis");
        assertThat(accepted.link()).isEqualTo("contract.html#s5-1");
        assertThat(CONTRACT.section("§6.1").orElseThrow().title()).isEqualTo("Node");
        assertThat(CONTRACT.section("§99.1")).isEmpty();
    }

    @Test
    void theSitePageHasAnAnchorForEverySectionAndNoLinkToAFileTheSiteLacks() {
        String page = CONTRACT.asSitePage();

        assertThat(CONTRACT.all()).hasSizeGreaterThan(80);
        CONTRACT.all().forEach(section -> assertThat(page).contains("<a id=\"" + section.anchor() + "\"></a>"));
        assertThat(page).doesNotContain("](simulator.md").contains("`docs/simulator.md#two-nodes` in the repository");
    }

    @Test
    void codeThatRunsOverALineBreakIsKeptOnOneLine() {
        assertThat(ContractSections.withCodeSpansOnOneLine(List.of("**§6.3** `<Update><data>", "</data></Update>`. Next",
                "", "```", "`odd", "```"))).containsExactly("**§6.3** `<Update><data> </data></Update>`. Next", "",
                "```", "`odd", "```");
    }

    @Test
    void ciscoPagesStopAtTheCheckedLine() {
        ContractSections sections = ContractSections.parse(List.of("## §1 One", "", "**§1.1** A statement.",
                "- Cisco: https://developer.cisco.com/docs/finesse/a ,", "  https://developer.cisco.com/docs/finesse/b.",
                "- Checked: https://example.com/not-cisco"));

        assertThat(sections.section("§1.1").orElseThrow().ciscoPages())
                .containsExactly("https://developer.cisco.com/docs/finesse/a", "https://developer.cisco.com/docs/finesse/b");
        assertThat(sections.section("§1.1").orElseThrow().title()).isEqualTo("A statement.");
    }
}
