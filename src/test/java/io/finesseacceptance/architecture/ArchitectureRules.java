package io.finesseacceptance.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The project's layering as rules over a root package, so the same rules check the real tree and the
 * planted violations that prove each rule can fail.
 */
final class ArchitectureRules {

    /** The client the steps speak through; it reaches a Finesse only over the network. */
    private static final String[] CLIENT = {"lab", "agent", "rest", "notify", "finesse", "settings"};

    private static final String[] WIRE_LIBRARIES = {
        "io.restassured..", "org.apache.http..", "java.net.http..", "java.net.HttpURLConnection",
        "org.jivesoftware..", "org.igniterealtime..", "io.netty..", "javax.net.ssl..",
    };

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    ArchRule stepsHoldNoHttpOrXmppCode() {
        return noClasses().that().resideInAPackage(root + ".steps..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRE_LIBRARIES)
                .because("steps are thin glue: HTTP and XMPP belong to the client API under them");
    }

    ArchRule loadDrivesTheClientOnly() {
        return noClasses().that().resideInAPackage(root + ".load..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRE_LIBRARIES)
                .because("the load mode measures the suite's own client API: HTTP and XMPP belong to rest/ and notify/");
    }

    ArchRule onlyTheLoadCommandStartsTheSimulator() {
        return noClasses().that().resideInAPackage(root + ".load..").and().doNotHaveSimpleName("LoadCommand")
                .should().dependOnClassesThat().resideInAPackage(root + ".simulator..")
                .because("the load command's bootstrap alone decides between a lab and the simulator");
    }

    ArchRule clientNeverImportsTheSimulator() {
        return noClasses().that().resideInAnyPackage(packages(CLIENT))
                .should().dependOnClassesThat().resideInAPackage(root + ".simulator..")
                .because("the client must reach a simulator only as it reaches a lab: over the network");
    }

    ArchRule simulatorNeverImportsTheClient() {
        return noClasses().that().resideInAPackage(root + ".simulator..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(CLIENT))
                .because("the simulator is a test double on its own; sharing the client's classes would let"
                        + " one bug hide in both");
    }

    ArchRule stepsNeverStartTheSimulatorThemselves() {
        return noClasses().that().resideInAPackage(root + ".steps..")
                .and().doNotHaveSimpleName("SuiteRuntime").and().doNotHaveSimpleName("AgentCountParallelism")
                .should().dependOnClassesThat().resideInAPackage(root + ".simulator..")
                .because("only the bootstrap (SuiteRuntime, and AgentCountParallelism sizing the run) decides between a lab"
                        + " and the simulator");
    }

    /** Each client package, and the only project packages it may use: the layers point one way. */
    ArchRule layersPointOneWay(String layer, String... below) {
        String[] allowed = packages(append(below, layer));
        return classes().that().resideInAPackage(root + "." + layer + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..").or(resideInAnyPackage(allowed)))
                .as(String.format("%s uses no project package but %s", layer,
                        below.length == 0 ? "its own" : String.join(", ", below)))
                .allowEmptyShould(true);
    }

    List<ArchRule> layers() {
        return List.of(
                layersPointOneWay("lab", "agent", "rest", "notify", "finesse", "settings"),
                layersPointOneWay("agent", "rest", "notify", "finesse", "settings"),
                layersPointOneWay("rest", "finesse", "settings"),
                layersPointOneWay("notify", "finesse", "settings"),
                layersPointOneWay("finesse"),
                layersPointOneWay("settings"));
    }

    ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("a package cycle means two jobs share one place");
    }

    List<ArchRule> all() {
        List<ArchRule> rules = new ArrayList<>(List.of(stepsHoldNoHttpOrXmppCode(), clientNeverImportsTheSimulator(),
                simulatorNeverImportsTheClient(), stepsNeverStartTheSimulatorThemselves(), loadDrivesTheClientOnly(),
                onlyTheLoadCommandStartsTheSimulator(), noPackageCycles()));
        rules.addAll(layers());
        return rules;
    }

    private static String[] append(String[] names, String name) {
        String[] all = Arrays.copyOf(names, names.length + 1);
        all[names.length] = name;
        return all;
    }

    private String[] packages(String... names) {
        String[] packages = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            packages[i] = root + "." + names[i] + "..";
        }
        return packages;
    }
}
