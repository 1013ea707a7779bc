package io.finesseacceptance.report;

import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.lab.LabSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The report's Environment panel: which Finesse was tested, how it was reached, and how far it was trusted. */
public final class AllureEnvironment {

    private AllureEnvironment() {
    }

    public static void write(LabSettings settings, SystemInfo info, String trust, boolean simulator) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Finesse", settings.baseUrl() + (simulator ? " (embedded simulator)" : ""));
        entries.put("Deployment type", info.deploymentType());
        entries.put("Status", info.status());
        entries.put("Notifications", settings.describeNotifications());
        entries.put("XMPP domain", settings.xmppDomain().orElse(info.xmppDomain()));
        entries.put("TLS", trust);
        entries.put("Agents", settings.agents().stream().map(agent -> agent.id()).collect(Collectors.joining(", ")));
        entries.put("Event timeout", settings.eventTimeout().toMillis() + " ms");
        Path results = Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
        try {
            Files.createDirectories(results);
            Files.writeString(results.resolve("environment.properties"), entries.entrySet().stream()
                    .map(entry -> entry.getKey().replace(" ", "\\ ") + "=" + entry.getValue())
                    .collect(Collectors.joining("\n", "", "\n")));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the report environment to " + results, unwritable);
        }
    }
}
