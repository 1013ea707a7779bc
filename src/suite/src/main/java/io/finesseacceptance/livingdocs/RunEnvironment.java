package io.finesseacceptance.livingdocs;

import io.finesseacceptance.report.AllureEnvironment;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the latest run was against, as the suite wrote it beside its Cucumber messages (environment.properties,
 * the same entries as the Allure report's Environment panel): the Finesse URL and whether it was the simulator,
 * the deployment type, the release figures, the notification transport, the sides.
 */
public record RunEnvironment(Map<String, String> entries) {

    static final String FILE = AllureEnvironment.FILE;

    public static RunEnvironment read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new RunEnvironment(Map.of());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the run's environment " + file, unreadable);
        }
        Map<String, String> entries = new LinkedHashMap<>();
        // the file keeps the suite's order; Properties does not, so the lines are read again for it
        try {
            for (String line : Files.readAllLines(file)) {
                int separator = line.indexOf('=');
                if (separator > 0) {
                    String key = line.substring(0, separator).replace("\\", "");
                    entries.put(key, properties.getProperty(key, line.substring(separator + 1)));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the run's environment " + file, unreadable);
        }
        return new RunEnvironment(entries);
    }

    /** "https://finesse.example.com:8445 (embedded simulator)", or "an unrecorded Finesse". */
    public String against() {
        return entries.getOrDefault("Finesse", "an unrecorded Finesse");
    }

    /** The entries a reader needs to know what was tested, in the suite's order; the agents' ids left out. */
    public Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>(entries);
        List.of("Agents").forEach(shown::remove);
        return shown;
    }
}
