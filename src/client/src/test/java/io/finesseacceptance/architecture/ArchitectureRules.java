package io.finesseacceptance.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The walls inside the modules, as rules over a root package, so the same rules check the real tree and
 * the planted violations that prove each rule can fail. The walls between modules are the module graph's:
 * the client and the simulator cannot import each other, so no rule says so. Shared with the suite's and
 * load's tests through this module's test-jar.
 */
public final class ArchitectureRules {

    private static final String[] WIRE_LIBRARIES = {
        "io.restassured..", "org.apache.http..", "java.net.http..", "java.net.HttpURLConnection",
        "org.jivesoftware..", "org.igniterealtime..", "io.netty..", "javax.net.ssl..",
    };

    private final String root;

    public ArchitectureRules(String root) {
        this.root = root;
    }

    public ArchRule stepsHoldNoHttpOrXmppCode() {
        return noClasses().that().resideInAPackage(root + ".steps..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRE_LIBRARIES)
                .because("steps are thin glue: HTTP and XMPP belong to the client API under them");
    }

    public ArchRule loadDrivesTheClientOnly() {
        return noClasses().that().resideInAPackage(root + ".load..")
                .should().dependOnClassesThat().resideInAnyPackage(WIRE_LIBRARIES)
                .because("the load mode measures the suite's own client API: HTTP and XMPP belong to rest/ and notify/");
    }

    public ArchRule onlyTheLoadCommandStartsTheSimulator() {
        return noClasses().that().resideInAPackage(root + ".load..").and().doNotHaveSimpleName("LoadCommand")
                .should().dependOnClassesThat().resideInAPackage(root + ".simulator..")
                .because("the load command's bootstrap alone decides between a lab and the simulator");
    }

    public ArchRule stepsNeverStartTheSimulatorThemselves() {
        return noClasses().that().resideInAPackage(root + ".steps..")
                .and().doNotHaveSimpleName("ConnectedLab").and().doNotHaveSimpleName("AgentCountParallelism")
                .should().dependOnClassesThat(resideInAPackage(root + ".simulator..")
                        .and(not(simpleName("SimulatorControlClient"))))
                .because("only the bootstrap (ConnectedLab, and AgentCountParallelism sizing the run) decides between a lab"
                        + " and the simulator; steps may use the simulator's control client, as a lab's scenarios skip it");
    }

    /**
     * The living documentation reads what a run wrote and writes pages: it never reaches Finesse, an agent or the
     * simulator, and nothing of the suite's run depends on it.
     */
    public ArchRule livingDocumentationOnlyReadsRuns() {
        return noClasses().that().resideInAPackage(root + ".livingdocs..")
                .should().dependOnClassesThat().resideInAnyPackage(append(append(append(append(append(WIRE_LIBRARIES,
                        root + ".lab.."), root + ".agent.."), root + ".rest.."), root + ".notify.."),
                        root + ".simulator.."))
                .because("the living documentation is built from a finished run's messages, never from a lab");
    }

    public ArchRule nothingRunsThroughTheLivingDocumentation() {
        return noClasses().that().resideOutsideOfPackage(root + ".livingdocs..")
                .should().dependOnClassesThat().resideInAPackage(root + ".livingdocs..")
                .because("a run must not depend on the tool that documents it");
    }

    /** Each client package, and the only project packages it may use: the layers point one way. */
    public ArchRule layersPointOneWay(String layer, String... below) {
        String[] allowed = packages(append(below, layer));
        return classes().that().resideInAPackage(root + "." + layer + "..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(root + "..").or(resideInAnyPackage(allowed)))
                .as(String.format("%s uses no project package but %s", layer,
                        below.length == 0 ? "its own" : String.join(", ", below)))
                .allowEmptyShould(true);
    }

    public List<ArchRule> layers() {
        return List.of(
                layersPointOneWay("lab", "agent", "rest", "notify", "finesse", "settings"),
                layersPointOneWay("agent", "rest", "notify", "finesse", "settings"),
                layersPointOneWay("rest", "finesse", "settings"),
                layersPointOneWay("notify", "finesse", "settings"),
                layersPointOneWay("finesse"),
                layersPointOneWay("latency"),
                layersPointOneWay("settings"));
    }

    public ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("a package cycle means two jobs share one place");
    }

    /** The client's own walls: its layers, and no package cycles. */
    public List<ArchRule> client() {
        List<ArchRule> rules = new ArrayList<>(layers());
        rules.add(noPackageCycles());
        return rules;
    }

    /** The suite's: thin glue, and only the bootstrap starts the simulator. */
    public List<ArchRule> suite() {
        return List.of(stepsHoldNoHttpOrXmppCode(), stepsNeverStartTheSimulatorThemselves(), noPackageCycles(),
                livingDocumentationOnlyReadsRuns(), nothingRunsThroughTheLivingDocumentation());
    }

    /** Load's: it drives the client API, and only its command starts the simulator. */
    public List<ArchRule> load() {
        return List.of(loadDrivesTheClientOnly(), onlyTheLoadCommandStartsTheSimulator(), noPackageCycles());
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
