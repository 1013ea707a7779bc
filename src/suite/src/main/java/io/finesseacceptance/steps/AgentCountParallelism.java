package io.finesseacceptance.steps;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.SimulatorConfig;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfigurationStrategy;

/**
 * Runs as many scenarios at once as there are agents but one: each scenario holds an agent, and the one
 * kept in reserve lets a scenario that needs a second agent always get it. More agents, shorter runs.
 */
public final class AgentCountParallelism implements ParallelExecutionConfigurationStrategy {

    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters parameters) {
        int threads = Math.max(1, agentCount(RunsInProgress.settingsOf(parameters)) - 1);
        return new Fixed(threads);
    }

    static int agentCount(SettingsSource source) {
        if (!LabSettingsReader.labConfigured(source)) {
            return SimulatorConfig.fromSystemProperties().agentCount();
        }
        return source.get(LabSettings.AGENTS).map(agents -> agents.split(",").length).orElse(1);
    }

    private record Fixed(int threads) implements ParallelExecutionConfiguration {
        @Override
        public int getParallelism() {
            return threads;
        }

        @Override
        public int getMinimumRunnable() {
            return threads;
        }

        @Override
        public int getMaxPoolSize() {
            return threads + 256;
        }

        @Override
        public int getCorePoolSize() {
            return threads;
        }

        @Override
        public int getKeepAliveSeconds() {
            return 30;
        }
    }
}
