package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many agents logging in at once, as at a contact centre's shift start. */
class ConcurrentLoginIT {

    private final XmppNotificationService service = XmppNotificationService.start(SmackClients.plainConfig().withBosh(0, false));

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void fiveHundredTcpLoginsSucceedAndLeaveNoSessionBehind() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> logins = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String user = "agent" + i;
                logins.add(clients.submit(() -> {
                    XMPPTCPConnection connection = SmackClients.available(service.port(), user, "load");
                    boolean authenticated = connection.isAuthenticated();
                    connection.disconnect();
                    return authenticated;
                }));
            }
            for (Future<Boolean> login : logins) {
                assertThat(login.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> service.boundSessionCount() == 0);
    }

    @Test
    void fiftyConcurrentBoshSessionsAllReceiveSystemInfo() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(25);
        List<XMPPBOSHConnection> connections = new ArrayList<>();
        try {
            List<Future<XMPPBOSHConnection>> logins = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String user = "agent" + i;
                logins.add(clients.submit(() -> SmackBoshClients.available(service.boshUrl(), user, "bosh")));
            }
            for (Future<XMPPBOSHConnection> login : logins) {
                connections.add(login.get(60, TimeUnit.SECONDS));
            }
            List<List<String>> received = connections.stream().map(SmackClients::messagesOf).toList();

            service.publish("/finesse/api/SystemInfo", "<Update><system/></Update>");

            await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().allMatch(messages -> messages.size() == 1));
            assertThat(service.boshSessionCount()).isEqualTo(50);
        } finally {
            connections.forEach(XMPPBOSHConnection::disconnect);
            clients.shutdownNow();
        }
        // jbosh shuts its HTTP client down while its other poller may still read, and that thread dies
        // with "Connection is not open": a client-side race Awaitility would otherwise report here
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10))
                .until(() -> service.boundSessionCount() == 0 && service.boshSessionCount() == 0);
    }
}
