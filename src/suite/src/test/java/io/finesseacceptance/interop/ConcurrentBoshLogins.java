package io.finesseacceptance.interop;

import io.finesseacceptance.notify.NotificationEndpoint;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.NotificationServiceUnreachable;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.settings.XmppSecurity;
import io.finesseacceptance.settings.XmppTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Opens the suite's XMPP sessions for several agents at once over BOSH, round after round, and prints
 * how many failed. Run in a JVM of its own, because jbosh reads {@code emptyRequestDelay} once per JVM:
 * {@code ConcurrentBoshLogins <bosh url> <ca pem> <xmpp domain> <rounds> <agent id:password>...}.
 */
public final class ConcurrentBoshLogins {

    private ConcurrentBoshLogins() {
    }

    public static void main(String[] args) throws InterruptedException {
        URI bosh = URI.create(args[0]);
        LabSettings settings = LabSettingsReader.read(SettingsSource.of(Map.of(
                LabSettings.BASE_URL, "https://127.0.0.1:1", LabSettings.AGENTS, "0:unused:0",
                LabSettings.CA_CERT, args[1])));
        NotificationEndpoint endpoint = new NotificationEndpoint(XmppTransport.BOSH, bosh.getHost(), bosh.getPort(),
                Optional.of(bosh), Optional.empty(), args[2], "pubsub." + args[2], XmppSecurity.DISABLED, TlsTrust.from(settings),
                Duration.ofSeconds(5));
        int rounds = Integer.parseInt(args[3]);
        List<AgentAccount> agents = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String[] idAndPassword = args[i].split(":", 2);
            agents.add(new AgentAccount(idAndPassword[0], idAndPassword[1], "0"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        int failed = 0;
        for (int round = 1; round <= rounds; round++) {
            List<Future<XmppSession>> opening = new ArrayList<>();
            for (AgentAccount agent : agents) {
                opening.add(pool.submit(() -> XmppSession.open(endpoint, agent, new NotificationFeed(agent.id()))));
            }
            for (Future<XmppSession> session : opening) {
                try {
                    session.get().close();
                } catch (ExecutionException refused) {
                    failed++;
                    System.out.println("round " + round + ": " + (refused.getCause() instanceof NotificationServiceUnreachable
                            ? refused.getCause().getMessage() : refused.getCause().toString()));
                }
            }
        }
        pool.shutdownNow();
        System.out.println("LOGINS FAILED: " + failed + " of " + rounds * agents.size());
        System.exit(failed == 0 ? 0 : 1);
    }
}
