package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.interop.ProsodyBackedFinesse;
import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.interop.ProsodyServer;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sign-out feature, with three agents, against a standard XMPP server (Prosody) publishing
 * Finesse-style Updates through its pubsub service: over TCP with STARTTLS, over BOSH on http and on https,
 * and over WebSocket on ws and wss, each with the CA generated for the run and with PLAIN as the only SASL
 * mechanism offered. Our simulator is not the only server the suite meets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuiteMeetsARealXmppServerIT {

    private ProsodyBackedFinesse lab;

    @BeforeAll
    void startProsody() {
        ProsodyServer.assumeInstalled();
        lab = ProsodyBackedFinesse.start(Path.of("target", "prosody", "sign-out-" + ProcessHandle.current().pid()), 3);
    }

    @AfterAll
    void stopProsody() {
        if (lab != null) {
            lab.close();
        }
    }

    /** Prosody offers PLAIN alone here, as Finesse does: Smack would pick SCRAM if it were offered. */
    @ParameterizedTest
    @EnumSource(Route.class)
    void everyRouteSignsInWithPlainAlone(Route route) {
        LabSettings settings = LabSettingsReader.read(SettingsSource.of(lab.settings(route)));
        AgentAccount agent = settings.agents().get(0);
        try (FinesseLab finesse = FinesseLab.connect(settings, ExchangeListener.NONE);
             XmppSession session = XmppSession.open(finesse.notificationEndpoint(), agent,
                     new NotificationFeed(agent.id()))) {
            assertThat(finesse.notificationEndpoint().transport()).isEqualTo(route.transport());
            assertThat(session.saslMechanism()).as("SASL over %s", route).isEqualTo("PLAIN");
        }
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void theSignOutFeaturePassesOverEveryRoute(Route route) {
        FeatureRun.Outcome outcome = FeatureRun.run(lab.settings(route), FeatureRun.SIGN_OUT, "@sign-out");

        assertThat(outcome.failures()).as("failures over %s%s", route, lab.prosody().log()).isEmpty();
        assertThat(outcome.scenariosStarted()).as("scenarios run over %s", route).isEqualTo(2);
        assertThat(outcome.scenariosSucceeded()).as("scenarios passed over %s", route).isEqualTo(2);
    }
}
