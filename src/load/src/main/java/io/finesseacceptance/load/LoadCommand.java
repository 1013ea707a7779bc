package io.finesseacceptance.load;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.RunTarget;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The load command, {@code ./mvnw -q -Pload -Dload.agents=1000 -Dload.minutes=2}: against the embedded
 * simulator (no FINESSE_BASE_URL; started here with the plan's agent count and CTI delay) or, with
 * FINESSE_LOAD_CONFIRM naming it, against the lab in FINESSE_BASE_URL with the agents in FINESSE_AGENTS. With
 * a secondary known ({@code -Dfinesse.simulator.nodes=2}, FINESSE_SECONDARY_BASE_URL or SystemInfo) the agents
 * are spread over both sides unless FINESSE_SIDES=primary. This is the only load class that starts the simulator. Fails (non-zero exit) when a count is wrong.
 */
public final class LoadCommand {

    private LoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        SettingsSource environment = SettingsSource.systemPropertiesThenEnvironment();
        Optional<String> refusal = LoadConfirmation.refusal(environment);
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            throw new IllegalStateException(refusal.get());
        }
        LoadResult result = run(environment, System.getProperties(), System.out);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("load run incomplete: " + String.join("; ", result.problems()));
        }
    }

    /** Runs the plan the properties describe, prints progress and the table, writes the report files. */
    static LoadResult run(SettingsSource environment, Properties properties, PrintStream out) throws Exception {
        if (RunTarget.decide(environment) == RunTarget.LAB) {
            LabSettings settings = LabSettingsReader.read(environment);
            LoadPlan plan = LoadPlan.from(properties, settings.agents().size());
            out.println("Load against the lab at " + settings.baseUrl() + " (FINESSE_LOAD_CONFIRM given)");
            return runOn(settings, plan, out);
        }
        return runOnSimulator(LoadPlan.from(properties, 0), out);
    }

    static LoadResult runOnSimulator(LoadPlan plan, PrintStream out) throws Exception {
        return runOnSimulator(plan, out, settings -> { }, settings -> { });
    }

    /** The run on the embedded simulator, whose settings {@code before} and {@code after} see too (a test's). */
    static LoadResult runOnSimulator(LoadPlan plan, PrintStream out, Consumer<LabSettings> before,
                                     Consumer<LabSettings> after) throws Exception {
        // -Dfinesse.simulator.* choose the rest, e.g. .xmpp=WEBSOCKET for notifications over WebSocket, .nodes=2
        return runOnSimulator(SimulatorConfig.fromSystemProperties(), plan, out, before, after);
    }

    /** As above, on a simulator started with {@code options} (a test's: two nodes, say), sized by the plan. */
    static LoadResult runOnSimulator(SimulatorConfig given, LoadPlan plan, PrintStream out,
                                     Consumer<LabSettings> before, Consumer<LabSettings> after) throws Exception {
        SimulatorConfig options = given.withAgentCount(plan.agents()).withNotificationDelay(plan.ctiDelay());
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            out.printf("Load against the embedded simulator (same JVM), CTI delay %d ms, %s%n",
                    plan.ctiDelay().toMillis(), simulator.describeDoors());
            LabSettings settings = LabSettingsReader.read(SettingsSource.of(simulator.labSettings()));
            before.accept(settings);
            LoadResult result = runOn(settings, plan, out);
            after.accept(settings);
            return result;
        }
    }

    private static LoadResult runOn(LabSettings settings, LoadPlan plan, PrintStream out) throws Exception {
        try (ConnectedSides sides = ConnectedSides.connect(settings)) {
            LoadResult result = new LoadRun(sides, plan, out).run();
            LoadReport report = new LoadReport(result);
            out.print(report.table());
            report.write(plan.outputDir());
            out.println("Written to " + plan.outputDir().toAbsolutePath()
                    + ": put-latency.hlog, notification-latency.hlog, summary.txt, summary.json, notification-latency.svg");
            return result;
        }
    }
}
