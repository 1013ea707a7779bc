package io.finesseacceptance.livingdocs;

import io.finesseacceptance.report.AllureEnvironment;
import io.finesseacceptance.selftest.FeatureRun;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run LivingDocsInBrowserIT looks at: every feature against a simulator that refuses with the wrong error type, so
 * that the site has passed, failed and skipped scenarios; a history in which each scenario passed the day before,
 * so that the failed ones read as flaky; then the site's source, which the site plugin renders next (verify's
 * pre-integration-test phase, see src/suite/pom.xml).
 *
 * <p>Arguments: the folder to work in (run/, site/ and source/ go under it), and the repository's root.
 */
public final class LivingDocsCheckRun {

    static final Fault PLANTED = Fault.WRONG_REFUSAL_ERROR_TYPE;

    private LivingDocsCheckRun() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Path root = Path.of(args[1]);
        Path run = folder.resolve("run");
        System.setProperty(AllureEnvironment.CUCUMBER_REPORT_PROPERTY, run.toString());
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withFaults(Set.of(PLANTED)))) {
            Map<String, String> settings = new HashMap<>(simulator.labSettings());
            settings.put(LabSettings.EVENT_TIMEOUT, "1.5");
            settings.put("cucumber.plugin", "summary, message:" + run.resolve(LivingDocsSource.MESSAGES));
            FeatureRun.Outcome outcome = FeatureRun.run(settings, root.resolve("features").toString(), "");
            System.out.printf("Living documentation check run: %d scenarios started, %d passed, %d failed%n",
                    outcome.scenariosStarted(), outcome.scenariosSucceeded(), outcome.failures().size());
        }
        Path site = folder.resolve("site");
        LatestRun latest = LatestRun.read(run.resolve(LivingDocsSource.MESSAGES),
                new StepSections(LivingDocsCheckRun.class.getClassLoader()));
        ScenarioHistory.read(site.resolve(ScenarioHistory.FILE)).with(passedTheDayBefore(latest), "the day before")
                .write(site.resolve(ScenarioHistory.FILE));
        new LivingDocsSource(Map.of("run", run, "contract", root.resolve("docs").resolve("finesse-contract.md"),
                "verdict", folder.resolve("no-verdict.md"), "site", site, "source", folder.resolve("source"))).write();
    }

    private static LatestRun passedTheDayBefore(LatestRun latest) {
        List<FeatureOutcome> features = latest.features().stream().map(feature -> new FeatureOutcome(feature.uri(),
                feature.name(), feature.description(), feature.tags(), feature.scenarios().stream()
                .map(s -> new ScenarioOutcome(s.key(), s.name(), s.tags(), Outcome.PASSED, "", s.steps(), s.sides(),
                        s.forms())).toList())).toList();
        return new LatestRun(latest.startedAt().map(started -> started.minus(Duration.ofDays(1))).or(Optional::empty),
                features);
    }
}
