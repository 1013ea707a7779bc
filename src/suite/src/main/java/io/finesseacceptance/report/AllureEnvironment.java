package io.finesseacceptance.report;

import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.lab.FinesseDeployment;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.settings.LabSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's Environment panel: which Finesse was tested, how it was reached, how far it was trusted,
 * and which suite tested it.
 */
public final class AllureEnvironment {

    /**
     * Where the run's Cucumber reports go (target/cucumber-report unless set): the same entries are written there
     * too, for the living documentation, which reads them beside the run's messages.
     */
    public static final String CUCUMBER_REPORT_PROPERTY = "finesse.cucumber.report";
    public static final String FILE = "environment.properties";

    private static Map<String, String> lastRun = Map.of();
    private static boolean reportedRunConfirmed;

    private AllureEnvironment() {
    }

    /**
     * Written at the start, so that a run that dies early still says what it ran against. Once a run that
     * reported scenarios has confirmed its environment, later runs in the same JVM (the self-tests, which
     * report nothing) leave the file alone.
     */
    public static synchronized void write(FinesseDeployment deployment, boolean simulator) {
        FinesseLab primary = deployment.primary();
        LabSettings settings = primary.settings();
        SystemInfo info = primary.systemInfo();
        String trust = primary.notificationEndpoint().trust().describe();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Finesse", withoutCredentials(settings.baseUrl()) + (simulator ? " (embedded simulator)" : ""));
        entries.put("Deployment type", info.deploymentType());
        entries.put("Status", info.status());
        entries.put("Suite version", "finesse-acceptance " + SuiteVersion.current());
        SystemInfoVersions.lastSeen().forEach((name, value) -> entries.put("SystemInfo " + name, value));
        entries.put("Notifications", settings.describeNotifications());
        entries.put("XMPP domain", settings.xmppDomain().orElse(info.xmppDomain()));
        entries.put("TLS", trust);
        entries.put("Agents", settings.agents().stream().map(agent -> agent.id()).collect(Collectors.joining(", ")));
        entries.put("Event timeout", settings.eventTimeout().toMillis() + " ms");
        if (deployment.twoSides()) {
            deployment.checkedSides().forEach(side -> entries.put("Side " + side.lab().side().label(),
                    DeploymentSides.describe(side)));
        }
        lastRun = entries;
        if (!reportedRunConfirmed) {
            writeFile(entries);
        }
    }

    /** The run that just reported its scenarios owns the panel. */
    static synchronized void confirm() {
        if (!lastRun.isEmpty()) {
            writeFile(lastRun);
            reportedRunConfirmed = true;
        }
    }

    private static void writeFile(Map<String, String> entries) {
        String text = entries.entrySet().stream().map(entry -> escape(entry.getKey()) + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        writeFile(Path.of(System.getProperty("allure.results.directory", "target/allure-results")), text);
        writeFile(Path.of(System.getProperty(CUCUMBER_REPORT_PROPERTY, "target/cucumber-report")), text);
    }

    private static void writeFile(Path folder, String text) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(FILE), text);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the report environment to " + folder, unwritable);
        }
    }

    /** A base URL written as https://user:password@host would otherwise put the password in the report. */
    static String withoutCredentials(URI url) {
        return url.toString().replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1");
    }

    private static String escape(String key) {
        return key.replace(" ", "\\ ").replace(":", "\\:").replace("=", "\\=");
    }
}
