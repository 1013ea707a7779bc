package io.finesseacceptance.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The style rule Spotless cannot hold: a type is named by an import, not by its package inline in code
 * ({@code java.util.List<...>} in a signature). Only where two types share a simple name may one stay
 * qualified: {@code com.sun.management}'s beans do, beside {@code java.lang.management}'s. The modules'
 * sources are read from the top folder, where the suite's tests run.
 */
class QualifiedNamesTest {

    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\w.\"])(?:java|javax|org|io|com)\\.(?:[a-z0-9_]+\\.)+[A-Z]\\w*");

    static List<String> inlineNames(String path, List<String> lines) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("//")
                    || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            String code = line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*", "");
            var matcher = INLINE.matcher(code);
            while (matcher.find()) {
                if (!matcher.group().startsWith("com.sun.")) {
                    found.add(path + ":" + (i + 1) + " " + matcher.group());
                }
            }
        }
        return found;
    }

    @Test
    void everyModuleNamesItsTypesByImports() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            files.filter(file -> file.toString().endsWith(".java") && !file.toString().contains("/target/"))
                    .forEach(file -> found.addAll(inlineNames(file.toString(), read(file))));
        }
        assertThat(found).as("types named inline by their package; import them instead").isEmpty();
    }

    @Test
    void aNameQualifiedInlineIsFound() {
        assertThat(inlineNames("Planted.java", List.of("    private java.util.List<String> names;",
                "    String text = \"java.util.List is fine in a string\";",
                "import java.util.Map;", "    com.sun.management.OperatingSystemMXBean os;")))
                .containsExactly("Planted.java:1 java.util.List");
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
