package io.finesseacceptance.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The regression test for the BOSH login deadlock (docs/design.md, {@code LabBoshConnection}): three agents
 * log in at once over BOSH against Prosody, which offers SCRAM, with jbosh's empty request sent at once
 * after every answer (emptyRequestDelay=0), the setting that made 11 of 15 such logins hang before the
 * fix. A JVM of its own, because jbosh reads that setting once per JVM.
 */
class BoshLoginsDoNotDeadlockIT {

    @Test
    void agentsLoggingInAtOnceOverBoshAllGetTheirSession() throws IOException, InterruptedException {
        ProsodyServer.assumeInstalled();
        SimulatorCertificates certificates = SimulatorCertificates.generate("finesse-acceptance interop CA",
                List.of(ProsodyServer.DOMAIN), List.of("127.0.0.1"));
        Map<String, String> accounts = new LinkedHashMap<>();
        for (String id : List.of("1001", "1002", "1003")) {
            accounts.put(id, AgentDirectory.defaultPassword(id));
        }
        Path folder = Path.of("target", "prosody", "bosh-logins-" + ProcessHandle.current().pid());
        // SCRAM, not Finesse's PLAIN: the deadlock needs a challenge answered from inside jbosh's listener
        try (ProsodyServer prosody = ProsodyServer.start(folder, certificates, accounts, ProsodyServer.Sasl.SCRAM)) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.igniterealtime.jbosh.BOSHClient.emptyRequestDelay=0",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"),
                    ConcurrentBoshLogins.class.getName(),
                    prosody.boshHttpUrl().toString(), prosody.caPem().toString(), ProsodyServer.DOMAIN, "5"));
            accounts.forEach((id, password) -> command.add(id + ":" + password));
            Process logins = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(logins.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = logins.waitFor(3, TimeUnit.MINUTES);
            if (!ended) {
                logins.destroyForcibly();
            }

            assertThat(output).as("what the logins printed (exit %s)", ended ? logins.exitValue() : "none")
                    .contains("LOGINS FAILED: 0 of 15");
        }
    }
}
