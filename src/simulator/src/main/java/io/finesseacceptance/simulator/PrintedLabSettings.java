package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The FINESSE_* settings that point the suite at a running simulator, exactly as at a lab. */
final class PrintedLabSettings {

    private PrintedLabSettings() {
    }

    /**
     * The settings as {@link FinesseSimulator#labSettings()} hands them out: built on each call, in print order.
     *
     * @param xmppSettings          the primary's notification lines ({@link PrintedXmppSettings})
     * @param secondaryXmppSettings the secondary's, empty on one node
     */
    static Map<String, String> of(SimulatorConfig options, FinesseDeployment deployment, AgentDirectory agents,
            Map<String, String> xmppSettings, Map<String, String> secondaryXmppSettings, Path caPem, URI controlUrl) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("FINESSE_BASE_URL", deployment.primary().baseUrl().toString());
        deployment.secondary().ifPresent(secondary -> settings.put("FINESSE_SECONDARY_BASE_URL",
                secondary.baseUrl().toString()));
        settings.put("FINESSE_AGENTS", agents.all().stream().map(agent -> agent.profile())
                .map(PrintedLabSettings::agentSetting).collect(Collectors.joining(",")));
        if (!agents.supervisors().isEmpty()) {
            settings.put("FINESSE_SUPERVISORS", agents.supervisors().stream()
                    .map(supervisor -> supervisor.profile().id() + ":" + supervisor.profile().password())
                    .collect(Collectors.joining(",")));
        }
        settings.putAll(xmppSettings);
        settings.putAll(secondaryXmppSettings);
        settings.put("FINESSE_CA_CERT", caPem.toString());
        // a short quiet period: the simulator announces within milliseconds, a lab may take a second
        settings.put("FINESSE_QUIET_PERIOD", "0.3");
        settings.put("FINESSE_SIMULATOR_CONTROL", controlUrl.toString());
        // how long to wait for a presence-driven forced logout (noticing a silent BOSH client, then the grace), and
        // which one to expect (UCCE's LOAD); how soon an external server notices a silent client is its own business
        Duration silentClientDetection = deployment.primary().xmpp().isPresent()
                ? FinesseSimulator.BOSH_INACTIVITY : Duration.ZERO;
        settings.put("FINESSE_FORCED_LOGOUT_WAIT", String.valueOf(PrintedXmppSettings.forcedLogoutWaitSeconds(
                options.forcedLogoutGrace().plus(silentClientDetection))));
        settings.put("FINESSE_LOGOUT_ON_AGENT_DISCONNECT", String.valueOf(options.logoutOnAgentDisconnect()));
        return settings;
    }

    private static String agentSetting(AgentProfile profile) {
        return profile.id() + ":" + profile.password() + ":" + profile.extension();
    }
}
