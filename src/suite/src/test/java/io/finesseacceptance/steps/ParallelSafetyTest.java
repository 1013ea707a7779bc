package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.And;
import io.cucumber.java.en.But;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;

/**
 * Parallel runs are safe by default: every scenario shares the lab, and one that switches the whole lab
 * runs alone. This fails when a feature could escape that: a lab-switching step in a scenario without
 * the tag that isolates it, or a configuration that no longer isolates on that tag.
 */
class ParallelSafetyTest {

    @Test
    void theIsolatingTagTakesTheGlobalLockForWriting() throws IOException {
        Properties configuration = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/junit-platform.properties")) {
            configuration.load(in);
        }
        String tag = SwitchesTheWholeLab.TAG.substring(1);
        assertThat(configuration.getProperty("cucumber.execution.exclusive-resources." + tag + ".read-write"))
                .as("the lock %s takes", SwitchesTheWholeLab.TAG).isEqualTo(ExclusiveResource.GLOBAL_KEY);
        // every other scenario then holds the global lock for reading; a narrower lock in its place would let
        // an untagged feature run beside the isolated one. Other locks may only add turns among their own
        // scenarios (the supervisor's), never take the global one
        assertThat(configuration.stringPropertyNames())
                .filteredOn(name -> name.startsWith("cucumber.execution.exclusive-resources."))
                .contains("cucumber.execution.exclusive-resources." + tag + ".read-write")
                .filteredOn(name -> !name.equals("cucumber.execution.exclusive-resources." + tag + ".read-write"))
                .allSatisfy(name -> assertThat(configuration.getProperty(name)).as(name)
                        .isNotEqualTo(ExclusiveResource.GLOBAL_KEY));
        assertThat(configuration.getProperty("cucumber.execution.parallel.enabled")).isEqualTo("true");
    }

    @Test
    void everyScenarioThatSwitchesTheLabRunsAlone() throws IOException {
        List<Pattern> switching = labSwitchingSteps();
        assertThat(switching).as("steps marked @SwitchesTheWholeLab, in every glue class")
                .anyMatch(step -> step.matcher("Finesse is out of service").matches())
                .anyMatch(step -> step.matcher("the CTI connection fails over").matches());
        List<String> escapes = new ArrayList<>();
        try (Stream<Path> features = Files.walk(Path.of("features"))) {
            for (Path feature : features.filter(path -> path.toString().endsWith(".feature")).toList()) {
                escapes.addAll(escapes(feature.toString(), Files.readString(feature), switching));
            }
        }
        assertThat(escapes).as("scenarios that switch the whole lab without %s", SwitchesTheWholeLab.TAG)
                .isEmpty();
    }

    @Test
    void aPlantedFeatureThatWouldEscapeIsFound() {
        String planted = """
                @negative
                Feature: planted
                  Background:
                    Given an agent who is signed out

                  Scenario: switches the lab, untagged
                    Given Finesse is out of service
                    When the agent asks for LOGOUT

                  @simulator-only
                  Scenario: switches the lab, tagged
                    Given Finesse is out of service
                """;
        assertThat(escapes("planted.feature", planted, labSwitchingSteps()))
                .containsExactly("planted.feature: \"switches the lab, untagged\" uses \"Finesse is out of service\"");
    }

    /** Scenarios of one feature that use a lab-switching step (in their own steps or the Background) untagged. */
    static List<String> escapes(String name, String feature, List<Pattern> switching) {
        List<String> found = new ArrayList<>();
        Set<String> pendingTags = new HashSet<>();
        Set<String> featureTags = Set.of();
        List<String> background = new ArrayList<>();
        String scenario = null;
        Set<String> scenarioTags = Set.of();
        boolean inBackground = false;
        for (String raw : feature.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("@")) {
                pendingTags.addAll(List.of(line.split("\\s+")));
            } else if (line.startsWith("Feature:")) {
                featureTags = Set.copyOf(pendingTags);
                pendingTags.clear();
            } else if (line.startsWith("Background:")) {
                inBackground = true;
            } else if (line.matches("(Scenario|Scenario Outline|Scenario Template|Example|Rule):.*")) {
                inBackground = false;
                scenario = line.substring(line.indexOf(':') + 1).strip();
                scenarioTags = new HashSet<>(featureTags);
                scenarioTags.addAll(pendingTags);
                pendingTags.clear();
                if (!scenarioTags.contains(SwitchesTheWholeLab.TAG)) {
                    for (String step : background) {
                        check(name, scenario, step, switching, found);
                    }
                }
            } else if (line.matches("(Given|When|Then|And|But|\\*) .*")) {
                String step = line.substring(line.indexOf(' ') + 1).strip();
                if (inBackground) {
                    background.add(step);
                } else if (scenario != null && !scenarioTags.contains(SwitchesTheWholeLab.TAG)) {
                    check(name, scenario, step, switching, found);
                }
            }
        }
        return found;
    }

    private static void check(String feature, String scenario, String step, List<Pattern> switching,
                              List<String> found) {
        if (switching.stream().anyMatch(pattern -> pattern.matcher(step).matches())) {
            found.add(feature + ": \"" + scenario + "\" uses \"" + step + "\"");
        }
    }

    /** The step texts of every glue method marked {@link SwitchesTheWholeLab}, as patterns. */
    static List<Pattern> labSwitchingSteps() {
        List<Pattern> patterns = new ArrayList<>();
        for (Class<?> glue : GlueClasses.all()) {
            for (Method method : glue.getDeclaredMethods()) {
                if (method.isAnnotationPresent(SwitchesTheWholeLab.class)) {
                    stepTexts(method).forEach(text -> patterns.add(asPattern(text)));
                }
            }
        }
        return patterns;
    }

    private static List<String> stepTexts(Method method) {
        List<String> texts = new ArrayList<>();
        Given given = method.getAnnotation(Given.class);
        When when = method.getAnnotation(When.class);
        Then then = method.getAnnotation(Then.class);
        And and = method.getAnnotation(And.class);
        But but = method.getAnnotation(But.class);
        Stream.of(given == null ? null : given.value(), when == null ? null : when.value(),
                then == null ? null : then.value(), and == null ? null : and.value(), but == null ? null : but.value())
                .filter(text -> text != null).forEach(texts::add);
        if (texts.isEmpty()) {
            throw new IllegalStateException(method + " is marked @SwitchesTheWholeLab but has no step text");
        }
        return texts;
    }

    /** A regular expression as it is; a Cucumber expression with each {parameter} matching any text. */
    private static Pattern asPattern(String text) {
        if (text.startsWith("^") || text.endsWith("$")) {
            return Pattern.compile(text);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("\\{[^}]*}", -1)) {
            if (regex.length() > 0) {
                regex.append(".+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
