package io.finesseacceptance.livingdocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.core.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader and the site source, over the messages of a real Cucumber run of livingdocs/sample.feature. */
class LatestRunTest {

    @TempDir
    static Path run;

    @BeforeAll
    static void runTheSample() {
        byte status = Main.run(new String[] {"--glue", "io.finesseacceptance.livingdocs.sample", "--tags",
            "not @not-this-time", "--plugin", "message:" + run.resolve(LivingDocsSource.MESSAGES), "--monochrome",
            "classpath:livingdocs/sample.feature"}, LatestRunTest.class.getClassLoader());
        assertThat(status).as("the sample has a failing scenario").isEqualTo((byte) 1);
    }

    private static LatestRun latest() {
        return LatestRun.read(run.resolve(LivingDocsSource.MESSAGES), new StepSections(LatestRunTest.class.getClassLoader()));
    }

    private static ScenarioOutcome scenario(String name) {
        return latest().features().get(0).scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void readsTheFeatureAndEachScenarioWithItsOutcome() {
        FeatureOutcome feature = latest().features().get(0);

        assertThat(latest().startedAt()).isPresent();
        assertThat(feature.name()).isEqualTo("A sample for the living documentation's reader");
        assertThat(feature.description()).isEqualTo("What the reader must make of each outcome Cucumber can report.");
        assertThat(feature.tags()).containsExactly("@sign-out");
        assertThat(feature.page()).isEqualTo("feature-sample.html");
        assertThat(feature.scenarios()).extracting(ScenarioOutcome::outcome).containsExactly(Outcome.PASSED,
                Outcome.FAILED, Outcome.SKIPPED, Outcome.NOT_RUN, Outcome.PASSED, Outcome.PASSED);
    }

    @Test
    void aFailureKeepsItsMessageWithoutTheStackTraceAndTheStepsAfterItAreSkipped() {
        ScenarioOutcome failed = scenario("A scenario that fails");

        assertThat(failed.message()).isEqualTo("the agent read NOT_READY, not LOGOUT");
        assertThat(failed.steps()).extracting(StepOutcome::outcome).containsExactly(Outcome.PASSED, Outcome.FAILED,
                Outcome.SKIPPED);
        assertThat(failed.steps().get(1).keyword()).isEqualTo("Then");
        assertThat(failed.steps().get(1).sections()).containsExactly("§7.1");
    }

    @Test
    void aSkipSaysWhyAndAScenarioLeftOutSaysSo() {
        assertThat(scenario("A scenario that is skipped").message()).isEqualTo("this lab is tested on one node");
        assertThat(scenario("A scenario that is skipped").tags()).containsExactly("@sign-out", "@two-sides");
        assertThat(scenario("A scenario left out by the tag filter").message()).contains("tag filter");
    }

    @Test
    void eachExampleRowIsAScenarioOfItsOwnWithItsStepsSectionsAndNotes() {
        List<ScenarioOutcome> rows = latest().features().get(0).scenarios().stream()
                .filter(s -> s.name().equals("An outline")).toList();

        assertThat(rows).extracting(ScenarioOutcome::key).containsExactly("sample.feature: An outline [READY]",
                "sample.feature: An outline [NOT_READY]");
        assertThat(rows.get(0).steps().get(0).text()).isEqualTo("a step that passes with READY");
        assertThat(rows.get(0).sections()).containsExactly("§6.4", "§16.7");
        assertThat(rows.get(0).sides()).containsExactly("secondary");
        assertThat(rows.get(0).forms()).containsExactly("acceptance form: 202 Accepted");
    }

    @Test
    void theSiteCarriesTheUpgradeVerdictOnlyWhenThisRunWroteIt(@TempDir Path dir) throws IOException {
        Path verdict = Files.writeString(dir.resolve("upgrade-verdict.md"),
                "# Upgrade verdict\n\n**No contract change: 2 warnings**\n\nCompared with a baseline of 3 runs.\n");
        Map<String, Path> paths = Map.of("run", run, "contract", Path.of("docs", "finesse-contract.md"), "verdict",
                verdict, "site", dir.resolve("site"), "source", dir.resolve("source"));

        assertThat(new LivingDocsSource(paths).write()).isEqualTo(6);
        assertThat(dir.resolve("source/markdown/upgrade-verdict.md")).exists();
        assertThat(Files.readString(dir.resolve("source/markdown/index.md"))).contains("No contract change: 2 warnings");
        assertThat(Files.readString(dir.resolve("source/site.xml"))).contains("upgrade-verdict.html",
                "feature-sample.html", "capability-sign-out.html", "tag-two-sides.html");

        Files.setLastModifiedTime(verdict, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        new LivingDocsSource(paths).write();
        assertThat(dir.resolve("source/markdown/upgrade-verdict.md")).as("a verdict left by an earlier run")
                .doesNotExist();
        assertThat(ScenarioHistory.read(dir.resolve("source/resources/history.json")).runCount())
                .as("the history the site will carry: this run, once").isEqualTo(1);
    }
}
