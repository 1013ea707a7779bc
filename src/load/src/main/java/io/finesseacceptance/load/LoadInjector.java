package io.finesseacceptance.load;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.RunTarget;
import io.finesseacceptance.settings.SettingsSource;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import us.abstracta.jmeter.javadsl.core.TestPlanStats;

/**
 * One injector of a load run spread over several JVMs or machines, each with its own embedded JMeter engine:
 * {@code -Dload.injector=K -Dload.injectors=N} takes its {@link InjectorSlice} and runs the
 * {@link VirtualAgentPlan} over it (one JMeter thread per agent, {@code load.cycles} iterations, one Java
 * sampler per transition over the suite's own client). Writes its slice's files to {@code load.outputDir};
 * {@link LoadMerge} adds the injectors' files up. Always against FINESSE_BASE_URL (a lab, or a simulator
 * started on its own), with FINESSE_LOAD_CONFIRM. JMeter's own distribution is {@link LoadServer}.
 */
public final class LoadInjector {

    private LoadInjector() {
    }

    public static void main(String[] args) throws Exception {
        List<String> problems = run(confirmedLab(), System.getProperties(), System.out);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("injector incomplete: " + String.join("; ", problems));
        }
    }

    /** The lab an injector or JMeter server loads, or an exception with the one line saying why not. */
    static LabSettings confirmedLab() {
        SettingsSource environment = SettingsSource.systemPropertiesThenEnvironment();
        Optional<String> refusal = LoadConfirmation.refusal(environment);
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            throw new IllegalStateException(refusal.get());
        }
        if (RunTarget.decide(environment) != RunTarget.LAB) {
            throw new IllegalStateException("an injector runs against FINESSE_BASE_URL: start the simulator on its own"
                    + " (java -jar target/finesse-simulator.jar) and export the settings it prints");
        }
        return LabSettingsReader.read(environment);
    }

    /** Runs this injector's slice; the problems with its counts (none when every count is right). */
    static List<String> run(LabSettings settings, Properties properties, PrintStream out) throws Exception {
        if (LoadPlan.from(properties, settings.agents().size()).cycles() < 1) {
            throw new IllegalArgumentException("an injector runs a fixed number of cycles per agent: set -Dload.cycles");
        }
        try (InjectorSlice slice = InjectorSlice.open(settings, properties).install()) {
            LoadPlan plan = slice.plan();
            out.printf("Injector %d of %d: %d of %d agents, %d cycles each, %d ms between steps (JMeter, embedded"
                            + " engine)%s%n", slice.injector(), slice.injectors(), slice.size(), plan.agents(),
                    plan.cycles(), plan.pace().toMillis(), slice.describeSides());
            long samples = 0;
            long errors = 0;
            if (slice.size() > 0) {
                TestPlanStats jmeter = VirtualAgentPlan.of(Integer.toString(slice.size()), plan).run();
                samples = jmeter.overall().samplesCount();
                errors = jmeter.overall().errorsCount();
            }
            InjectorResult result = slice.finish();
            out.printf("Injector %d: JMeter %d samples, %d errors; %s; written to %s%n",
                    slice.injector(), samples, errors, result.afterwards(),
                    plan.outputDir().toAbsolutePath());
            List<String> problems = new ArrayList<>(result.problems());
            long expected = (long) slice.size() * plan.cycles() * Transition.values().length;
            if (samples != expected || errors > 0) {
                problems.add("JMeter: " + samples + " samples of " + expected + ", " + errors + " failed");
            }
            return problems;
        }
    }
}
