package io.finesseacceptance.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This suite's version, as Maven filtered it into the test resources. */
public final class SuiteVersion {

    private static final String RESOURCE = "/finesse-acceptance-suite.properties";

    private SuiteVersion() {
    }

    public static String current() {
        try (InputStream in = SuiteVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("suite.version", "unknown");
            // run from an IDE without Maven's filtering, the placeholder is still there
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException unreadable) {
            return "unknown";
        }
    }
}
