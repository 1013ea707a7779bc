package io.finesseacceptance.bench;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import java.time.Duration;

/**
 * Signs an agent in and out N times against the embedded simulator and prints what the sign-out step
 * costs: {@code ./mvnw -q -Pbench -Dbench.iterations=300 [-Dbench.ctiDelayMs=1]}. Bounded by count and by a
 * time limit.
 */
public final class SignOutBenchmark {

    private static final int WARM_UP = 30;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(3);

    private SignOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = Integer.getInteger("bench.iterations", 300);
        Duration ctiDelay = Duration.ofMillis(Integer.getInteger("bench.ctiDelayMs", 1));
        SimulatorConfig options = SimulatorConfig.defaults().withNotificationDelay(ctiDelay);
        System.out.println("Simulated CTI round trip (202 to notification): " + ctiDelay.toMillis() + " ms");
        try (FinesseSimulator simulator = FinesseSimulator.start(options);
             FinesseLab lab = FinesseLab.connect(LabSettingsReader.read(SettingsSource.of(simulator.labSettings())),
                     ExchangeListener.NONE)) {
            LabSettings settings = lab.settings();
            AgentDesk desk = lab.desk(settings.agents().get(0));
            AgentAccount rawAgent = settings.agents().get(1);
            try (RawProtocolClient raw = new RawProtocolClient(settings.apiRoot(), rawAgent, lab.notificationEndpoint())) {
                Samples samples = new Samples(iterations);
                long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
                for (int i = -WARM_UP; i < iterations && System.nanoTime() < deadline; i++) {
                    desk.bringTo(DeskSnapshot.notReadyOn(desk.account().extension()));
                    long stepStarted = System.nanoTime();
                    StateChange change = desk.send(AgentStateRequest.signOut());
                    if (!change.acceptedAsDocumented()) {
                        throw new IllegalStateException(change.describe());
                    }
                    AnnouncedState announced = desk.awaitAnnounced(change).announced().orElseThrow(() ->
                            new IllegalStateException("the XMPP session dropped during the benchmark"));
                    long stepNanos = System.nanoTime() - stepStarted;

                    raw.changeState("<User><state>LOGIN</state><extension>" + rawAgent.extension()
                            + "</extension></User>", "raw-in-" + i);
                    long rawNanos = raw.changeState("<User><state>LOGOUT</state></User>", "raw-out-" + i);
                    if (i >= 0) {
                        samples.add(change, announced, stepNanos, rawNanos);
                    }
                }
                System.out.println(samples.report());
            }
        }
    }
}
