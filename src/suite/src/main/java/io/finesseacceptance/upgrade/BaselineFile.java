package io.finesseacceptance.upgrade;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes a baseline as JSON, keys in a stable order, indented: a file a code review can read. */
public final class BaselineFile {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private BaselineFile() {
    }

    public static void write(Path file, Baseline baseline) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(baseline) + "\n", StandardCharsets.UTF_8);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("the upgrade baseline could not be written to " + file, unwritable);
        }
    }

    public static Baseline read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no upgrade baseline at " + file.toAbsolutePath()
                    + ": record one first (-Dfinesse.baseline.record=" + file + ")");
        }
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            String format = tree.path("format").asText("(none)");
            if (!Baseline.READABLE_FORMATS.contains(format)) {
                throw new IllegalArgumentException(file + " is not an upgrade baseline of this suite (format \""
                        + format + "\", expected \"" + Baseline.FORMAT + "\")");
            }
            return JSON.treeToValue(tree, Baseline.class);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("the upgrade baseline " + file + " cannot be read: "
                    + unreadable.getMessage(), unreadable);
        }
    }

    static String toJson(Baseline baseline) {
        try {
            return JSON.writeValueAsString(baseline);
        } catch (IOException unexpected) {
            throw new UncheckedIOException(unexpected);
        }
    }
}
