package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.interop.ProsodyBackedFinesse;
import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.interop.ProsodyServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sign-out feature, with three agents, against a standard XMPP server (Prosody) publishing
 * Finesse-style Updates through its pubsub service: over TCP with STARTTLS, and over BOSH on http and
 * on https, each with the CA generated for the run. Our simulator is not the only server the suite meets.
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

    @ParameterizedTest
    @EnumSource(Route.class)
    void theSignOutFeaturePassesOverEveryRoute(Route route) {
        FeatureRun.Outcome outcome = FeatureRun.run(lab.settings(route), FeatureRun.SIGN_OUT, "@sign-out");

        assertThat(outcome.failures()).as("failures over %s%s", route, lab.prosody().log()).isEmpty();
        assertThat(outcome.scenariosStarted()).as("scenarios run over %s", route).isEqualTo(2);
        assertThat(outcome.scenariosSucceeded()).as("scenarios passed over %s", route).isEqualTo(2);
    }
}
