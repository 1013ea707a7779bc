package io.finesseacceptance.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the {@link SimulatorFlag} table from {@code -Dfinesse.simulator.*} properties and the command
 * line ({@code --name value} or {@code --name=value}); for an option given both ways the command line wins.
 */
final class SimulatorCommandLine {

    static final String PROGRAM = "finesse-simulator";

    /** What the command line asks for. */
    sealed interface Invocation permits Help, Version, Run {
    }

    record Help() implements Invocation {
    }

    record Version() implements Invocation {
    }

    record Run(SimulatorConfig options) implements Invocation {
    }

    /** One value as it was given, with the spelling to name in a message. */
    private record Given(String spelling, String value) {
    }

    private SimulatorCommandLine() {
    }

    /** @throws SimulatorOptionException unknown option or property, missing or bad value */
    static Invocation parse(List<String> args, Properties properties) {
        if (args.contains("--help") || args.contains("-h")) {
            return new Help();
        }
        if (args.contains("--version")) {
            return new Version();
        }
        Map<SimulatorFlag, List<Given>> fromProperties = properties(properties);
        Map<SimulatorFlag, List<Given>> fromArgs = new EnumMap<>(SimulatorFlag.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new SimulatorOptionException("unexpected argument '" + arg + "': options are --NAME VALUE; "
                        + "known: " + knownOptions());
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            SimulatorFlag option = SimulatorFlag.byName(name).orElseThrow(() -> new SimulatorOptionException(
                    "unknown option --" + name + "; known: " + knownOptions() + ", --help, --version"));
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new SimulatorOptionException(option.commandLine() + " needs a value: "
                        + option.commandLine() + " " + option.valueForm());
            }
            fromArgs.computeIfAbsent(option, unused -> new ArrayList<>()).add(new Given(option.commandLine(), value));
        }
        SimulatorConfig options = SimulatorConfig.defaults();
        for (SimulatorFlag option : SimulatorFlag.values()) {
            List<Given> given = fromArgs.getOrDefault(option, fromProperties.getOrDefault(option, List.of()));
            if (!option.repeatable() && given.size() > 1) {
                given = given.subList(given.size() - 1, given.size());
            }
            for (Given one : given) {
                options = apply(option, one, options);
            }
        }
        return new Run(options);
    }

    /** The options the {@code finesse.simulator.*} properties describe, over the defaults. */
    static SimulatorConfig fromProperties(Properties properties) {
        SimulatorConfig options = SimulatorConfig.defaults();
        for (Map.Entry<SimulatorFlag, List<Given>> entry : properties(properties).entrySet()) {
            for (Given given : entry.getValue()) {
                options = apply(entry.getKey(), given, options);
            }
        }
        return options;
    }

    private static SimulatorConfig apply(SimulatorFlag option, Given given, SimulatorConfig options) {
        try {
            return option.apply(options, given.value());
        } catch (IllegalArgumentException bad) {
            throw new SimulatorOptionException(given.spelling() + ": " + bad.getMessage());
        }
    }

    /** Every {@code finesse.simulator.*} property, by option, in table order; blank values count as unset. */
    private static Map<SimulatorFlag, List<Given>> properties(Properties properties) {
        Map<SimulatorFlag, List<Given>> given = new EnumMap<>(SimulatorFlag.class);
        for (String name : new TreeSet<>(properties.stringPropertyNames())) {
            if (!name.startsWith(SimulatorFlag.PROPERTY_PREFIX)) {
                continue;
            }
            SimulatorFlag option = SimulatorFlag.byProperty(name).orElseThrow(() -> new SimulatorOptionException(
                    "unknown property -D" + name + "; known: " + Arrays.stream(SimulatorFlag.values())
                            .map(SimulatorFlag::property).collect(Collectors.joining(", "))));
            String value = properties.getProperty(name);
            if (!value.isBlank()) {
                given.put(option, List.of(new Given("-D" + name, value)));
            }
        }
        return given;
    }

    private static String knownOptions() {
        return Arrays.stream(SimulatorFlag.values()).map(SimulatorFlag::commandLine)
                .collect(Collectors.joining(", "));
    }

    /** The {@code --help} text: every option with its -D twin and default, then the control endpoints. */
    static String help() {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        StringBuilder text = new StringBuilder()
                .append("Usage: java [-D").append(SimulatorFlag.PROPERTY_PREFIX).append("NAME=VALUE ...] -jar ")
                .append(PROGRAM).append(".jar [--OPTION VALUE ...]\n\n")
                .append("An embedded Cisco Finesse 12.5 on its own: the REST web services, the XMPP notification\n")
                .append("service (TCP with STARTTLS, direct TLS, BOSH), agents, reason codes and fault switches.\n")
                .append("It prints every door, the agents and the FINESSE_* settings, then a line starting\n")
                .append("'Finesse simulator ready', and serves until Ctrl-C (or POST /simulator/shutdown).\n\n")
                .append("Every option has a -D twin that means the same; the command line wins over -D.\n")
                .append("--NAME=VALUE works as well as --NAME VALUE.\n\n")
                .append("Options:\n");
        for (SimulatorFlag option : SimulatorFlag.values()) {
            text.append("  ").append(option.commandLine()).append(' ').append(option.valueForm()).append('\n')
                    .append("      -D").append(option.property()).append('=')
                    .append(option.valueForm().contains("|") ? "..." : option.valueForm())
                    .append("   (default: ").append(option.shownValue(defaults)).append(")\n")
                    .append(wrap(option.help(), "      "));
        }
        text.append("  --help\n      this text\n")
                .append("  --version\n      the simulator's version\n\n")
                .append("Control endpoints (plain HTTP, on --control-port; the control URL is printed at start):\n")
                .append(ControlEndpoint.table("  ")).append('\n')
                .append("Exit status: 0 after --help, --version or a requested stop; 1 when it cannot start\n")
                .append("(a port in use, say); 2 for an unknown option or a bad value.\n");
        return text.toString();
    }

    /** {@code words} in lines of at most 100 characters, each starting with {@code indent}. */
    static String wrap(String words, String indent) {
        StringBuilder lines = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : words.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > 100) {
                lines.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return lines.append(line).append('\n').toString();
    }

    /** The project version the jar was built from, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        Properties built = new Properties();
        try (InputStream in = SimulatorCommandLine.class.getResourceAsStream("simulator-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            built.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return built.getProperty("version", "unknown");
    }
}
