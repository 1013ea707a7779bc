package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.And;
import io.cucumber.java.en.But;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every step definition names the sections of docs/finesse-contract.md it holds Finesse to ({@link Checks}), and
 * every section it names is in the contract: the living documentation links each step of each scenario to them,
 * and through them to the Cisco pages they cite. The glue is found by scanning the compiled classes of the
 * package (and its subpackages), as Cucumber does, so a new step class cannot be missed. The contract is read
 * from the top folder, where the suite's tests run.
 */
class StepsCheckTheContractTest {

    private static final String GLUE = GlueClasses.GLUE;

    private static final Path CONTRACT = Path.of("docs", "finesse-contract.md");

    /** At a line's start: a numbered statement ("**§5.1**", "**§6.4 Content.**") or a heading ("## §5 ..."). */
    private static final Pattern SECTION = Pattern.compile("^(?:\\*\\*§(\\d+(?:\\.\\d+)*)(?![\\d.])|## §(\\d+) )",
            Pattern.MULTILINE);

    private static final List<Class<? extends Annotation>> STEP_ANNOTATIONS = List.of(Given.class, When.class,
            Then.class, And.class, But.class);

    /** A step definition method, its step texts and the sections its {@link Checks} names (null without one). */
    record StepDefinition(Method method, List<String> texts, List<String> sections) {

        String describe() {
            String type = method.getDeclaringClass().getName().substring(GLUE.length() + 1);
            return type + "." + method.getName() + " "
                    + texts.stream().map(text -> "\"" + text + "\"").collect(Collectors.joining(", "));
        }
    }

    @Test
    void everyStepDefinitionNamesTheSectionsItChecks() {
        assertThat(withoutSections(stepDefinitions(GlueClasses.all())))
                .as("step definitions without @Checks, or with an empty one: name the docs/finesse-contract.md"
                        + " sections each holds Finesse to")
                .isEmpty();
    }

    @Test
    void everySectionAStepNamesIsInTheContract() throws IOException {
        Set<String> contract = sections(Files.readString(CONTRACT));
        assertThat(unknownSections(stepDefinitions(GlueClasses.all()), contract))
                .as("sections named by @Checks that %s does not have (numbered statements \"**§N.M\", headings"
                        + " \"## §N \")", CONTRACT)
                .isEmpty();
    }

    /** The scan itself: were it to find nothing, the two checks above would pass on nothing. */
    @Test
    void theScanFindsTheGlue() {
        List<Class<?>> glue = GlueClasses.all();
        assertThat(glue).contains(AgentSituationSteps.class, BothSidesSteps.class, CtiFailoverSteps.class,
                ForcedLogoutSteps.class, LabConditionSteps.class, ReadingSteps.class, RefusalSteps.class,
                StateChangeSteps.class, SupervisorSteps.class);
        assertThat(stepDefinitions(glue)).hasSizeGreaterThanOrEqualTo(61)
                .anySatisfy(step -> {
                    assertThat(step.describe())
                            .isEqualTo("StateChangeSteps.theAgentSignsIn \"the agent signs in on their extension\"");
                    assertThat(step.sections()).containsExactly("§4.1");
                });
    }

    @Test
    void theContractsSectionsAreRead() throws IOException {
        assertThat(sections("""
                ## §5 The synchronous answer
                **§5.1** Sign-in is accepted.
                **§6.4 Content.** The Update.
                **§19.7 Faults** (`--fault NAME`)
                Text citing **§8.8** inside a line, and §9.9.
                ## §20 Two nodes
                """)).containsExactlyInAnyOrder("§5", "§5.1", "§6.4", "§19.7", "§20");
        assertThat(sections(Files.readString(CONTRACT))).contains("§1", "§3.1", "§5.1", "§8.10", "§16.7", "§20",
                "§20.6");
    }

    @Test
    void aPlantedStepWithoutSectionsIsFound() {
        assertThat(withoutSections(stepDefinitions(List.of(PlantedSteps.class)))).containsExactly(
                "StepsCheckTheContractTest$PlantedSteps.emptyChecks \"a step that names an empty list\"",
                "StepsCheckTheContractTest$PlantedSteps.unchecked \"a step that names nothing\"");
    }

    @Test
    void aPlantedSectionTheContractLacksIsFound() {
        assertThat(unknownSections(stepDefinitions(List.of(PlantedSteps.class)), Set.of("§5", "§5.1")))
                .containsExactly("StepsCheckTheContractTest$PlantedSteps.unknown \"a step that names a section the"
                        + " contract lacks\", \"and another text\" names §99.1, 5.1");
    }

    /** Methods with a Cucumber step annotation (repeated ones too), in a stable order. */
    static List<StepDefinition> stepDefinitions(List<Class<?>> classes) {
        List<StepDefinition> steps = new ArrayList<>();
        for (Class<?> type : classes) {
            Method[] methods = type.getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                List<String> texts = STEP_ANNOTATIONS.stream()
                        .flatMap(annotation -> Stream.of(method.getAnnotationsByType(annotation)))
                        .map(StepsCheckTheContractTest::stepText)
                        .toList();
                if (!texts.isEmpty()) {
                    Checks checks = method.getAnnotation(Checks.class);
                    steps.add(new StepDefinition(method, texts, checks == null ? null : List.of(checks.value())));
                }
            }
        }
        return steps;
    }

    static List<String> withoutSections(List<StepDefinition> steps) {
        return steps.stream().filter(step -> step.sections() == null || step.sections().isEmpty())
                .map(StepDefinition::describe).toList();
    }

    static List<String> unknownSections(List<StepDefinition> steps, Set<String> contract) {
        List<String> found = new ArrayList<>();
        for (StepDefinition step : steps) {
            if (step.sections() == null) {
                continue;
            }
            List<String> unknown = step.sections().stream().filter(section -> !contract.contains(section)).toList();
            if (!unknown.isEmpty()) {
                found.add(step.describe() + " names " + String.join(", ", unknown));
            }
        }
        return found;
    }

    /** The section numbers a contract text defines, as {@link Checks} writes them ("§5", "§5.1"). */
    static Set<String> sections(String contract) {
        Set<String> sections = new TreeSet<>();
        Matcher matcher = SECTION.matcher(contract);
        while (matcher.find()) {
            sections.add("§" + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
        }
        return sections;
    }

    private static String stepText(Annotation annotation) {
        if (annotation instanceof Given given) {
            return given.value();
        }
        if (annotation instanceof When when) {
            return when.value();
        }
        if (annotation instanceof Then then) {
            return then.value();
        }
        if (annotation instanceof And and) {
            return and.value();
        }
        if (annotation instanceof But but) {
            return but.value();
        }
        throw new IllegalArgumentException("not a step annotation: " + annotation);
    }

    /**
     * Planted glue for the checks above. Not public, so Cucumber, whose glue is this package, never runs it; and
     * outside the main classes, so the real scan never sees it.
     */
    static final class PlantedSteps {

        @Checks("§5.1")
        @Given("a step that checks the contract")
        public void checked() {
        }

        @When("a step that names nothing")
        public void unchecked() {
        }

        @Checks({})
        @Then("a step that names an empty list")
        public void emptyChecks() {
        }

        @Checks({"§5.1", "§99.1", "5.1"})
        @Then("a step that names a section the contract lacks")
        @Then("and another text")
        public void unknown() {
        }

        /** Not a step: needs nothing. */
        public void helper() {
        }
    }
}
