package io.finesseacceptance.livingdocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.report.ServedSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Opens the living documentation of LivingDocsCheckRun's run (a simulator that refuses with the wrong error type,
 * rendered by the site plugin just before this test, see the pom) in headless Chromium, from a web server and
 * from disk, and reads what a person would see. Skips only where no chromium is installed; .ci/run installs it.
 */
class LivingDocsInBrowserIT {

    private static final Path SITE = Path.of(System.getProperty("living.docs.under.test",
            "src/suite/target/living-docs-check/site"));

    private static final Map<String, Document> RENDERED = new ConcurrentHashMap<>();
    @RegisterExtension
    static final ServedSite SERVED = ServedSite.of(SITE, "the living documentation of the check run");

    @Test
    void theSiteOpensFromAWebServerWithItsMenusAndSearchBox() {
        Document index = rendered("index.html");

        assertThat(index.getElementById("living-docs-search")).as("the search box, put there by the site's script")
                .isNotNull();
        assertThat(index.text()).contains("The latest run", "Finesse https://127.0.0.1:", "Deployment type", "UCCE",
                "By capability", "Signing out", "Forced sign-out", "By Finesse resource", "Team", "SystemInfo",
                "Documented forms this lab used", "acceptance form:");
    }

    @Test
    void theSiteOpensFromDisk() {
        URI fromDisk = SITE.toAbsolutePath().resolve("index.html").toUri();
        Document index = Jsoup.parse(SERVED.chromium().dumpDom(fromDisk));

        assertThat(index.getElementById("living-docs-search")).isNotNull();
        assertThat(index.select("a[href=feature-agent_signs_out.html]")).isNotEmpty();
    }

    @Test
    void everyFeaturePageShowsItsScenariosWithTheirOutcomes() {
        List<String> pages = featurePages();
        assertThat(pages).as("one page per feature file").hasSizeGreaterThanOrEqualTo(8);
        for (String page : pages) {
            Document feature = rendered(page);
            List<Element> scenarios = feature.select("div.scenario");
            assertThat(scenarios).as(page + ": its scenarios").isNotEmpty();
            assertThat(feature.select("h2")).as(page + ": a heading per scenario").hasSize(scenarios.size());
            for (Element scenario : scenarios) {
                assertThat(scenario.select(".verdict .outcome").text()).as(page + " " + scenario.id())
                        .isIn("passed", "failed", "skipped", "not-run");
                assertThat(scenario.hasClass("outcome-" + scenario.select(".verdict .outcome").text()))
                        .as(page + " " + scenario.id() + ": the outcome it is coloured by").isTrue();
            }
            assertThat(feature.select("ol li .step")).as(page + ": steps with their outcomes").isNotEmpty();
        }
    }

    @Test
    void aFailedScenarioShowsItsFailureMessageAndItsHistory() {
        Document page = rendered("feature-finesse_refuses.html");
        Element failed = page.selectFirst("div.scenario.outcome-failed");

        assertThat(failed).as("the planted fault (%s) fails a refusal", LivingDocsCheckRun.PLANTED).isNotNull();
        assertThat(failed.select("pre.failure-message").text()).contains("expected an error of type Invalid State", "Invalid Input");
        assertThat(failed.select(".history").text()).contains("Last passed: 20", "passed and failed within the kept runs");
        assertThat(failed.select(".flaky")).isNotEmpty();
    }

    @Test
    void aSkippedScenarioSaysWhy() {
        Document page = rendered("feature-both_sides.html");

        assertThat(page.select("div.scenario.outcome-skipped .reason").text())
                .contains("this lab is tested on one node");
    }

    @Test
    void stepsLinkToTheContractSectionsTheyCheckAndTheCiscoPagesBehindThem() {
        Document page = rendered("feature-agent_signs_out.html");

        assertThat(page.select("ol li a[href^=contract.html#s5-1]")).as("the 202 step's §5.1").isNotEmpty();
        assertThat(page.select("ol li a[href^=https://developer.cisco.com/docs/finesse/]")).isNotEmpty();
    }

    @Test
    void theSearchBoxFindsScenariosAndContractSections() {
        URI search = SERVED.base().resolve("index.html?q=signs+out+reason");
        Document results = Jsoup.parse(SERVED.chromium().dumpDom(search));

        assertThat(results.select("#living-docs-results a").eachText())
                .contains("The agent signs out giving a reason");
    }

    @Test
    void noLinkInTheSiteIsBroken() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : pages()) {
            Document document = featurePages().contains(page) || page.equals("index.html")
                    || page.equals(ContractSections.PAGE) ? rendered(page) : fromDisk(page);
            for (Element link : document.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                resolves(page, href).ifPresent(broken::add);
            }
        }
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    private static Optional<String> resolves(String page, String href) {
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        String fragment = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        Path target = file.isEmpty() ? SITE.resolve(page) : SITE.resolve(page).resolveSibling(file).normalize();
        if (!Files.isRegularFile(target)) {
            return Optional.of(page + " → " + href + " (no such file)");
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")
                && fromDisk(SITE.relativize(target).toString()).getElementById(fragment) == null) {
            return Optional.of(page + " → " + href + " (no such anchor)");
        }
        return Optional.empty();
    }

    private static Document rendered(String page) {
        return RENDERED.computeIfAbsent("browser:" + page,
                key -> Jsoup.parse(SERVED.chromium().dumpDom(SERVED.base().resolve(page))));
    }

    private static Document fromDisk(String page) {
        return RENDERED.computeIfAbsent("disk:" + page, key -> {
            try {
                return Jsoup.parse(SITE.resolve(page).toFile());
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    private static List<String> featurePages() {
        return pages().stream().filter(page -> page.startsWith("feature-")).toList();
    }

    private static List<String> pages() {
        try (Stream<Path> files = Files.list(SITE)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".html")).sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
