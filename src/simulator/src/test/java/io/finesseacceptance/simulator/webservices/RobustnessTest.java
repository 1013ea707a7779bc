package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RobustnessTest {

    private static final Duration IDLE_TIMEOUT = Duration.ofMillis(300);

    private static final SimulatorCertificates CERTIFICATES = SimulatorCertificates.generate("robustness CA",
            List.of("localhost"), List.of("127.0.0.1"));

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(RestServerConfig.localDefaults(DeploymentType.UCCE)
            .withTls(CERTIFICATES.serverContext()).withPlainHttpPort(0).withIdleTimeout(IDLE_TIMEOUT),
            HttpsTest.clientTrustingOnly(CERTIFICATES));

    @Test
    void unknownElementsInAPutBodyAreIgnored() {
        String body = "<User><state>LOGIN</state><extension>5001</extension><activeDeviceId>SEP0001</activeDeviceId>"
                + "<somethingNew><nested>1</nested></somethingNew></User>";

        HttpResponse<String> response = sim.putUser("1001", body, "extra-1");

        assertThat(response.statusCode()).isEqualTo(202);
        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("NOT_READY");
        assertThat(xpath(update, "/Update/data/user/extension")).isEqualTo("5001");
    }

    @Test
    void oversizedBodyIsRefusedAndTheServerKeepsServing() {
        String padding = "x".repeat(FinesseRestServer.MAX_BODY_BYTES + 1);

        assertThat(sim.putUser("1001", "<User><state>" + padding + "</state></User>", "big").statusCode())
                .isEqualTo(413);
        assertThat(sim.get("/finesse/api/User/1001", "1001").statusCode()).isEqualTo(200);
        assertThat(sim.publisher.all()).isEmpty();
    }

    @Test
    void aClientStallingMidRequestIsDisconnected() throws IOException {
        int plainPort = sim.server.plainBaseUrl().orElseThrow().getPort();
        try (Socket socket = new Socket("127.0.0.1", plainPort)) {
            socket.getOutputStream().write("PUT /finesse/api/User/1001 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            assertClosedByServer(socket);
        }
    }

    @Test
    void aClientThatNeverStartsTheTlsHandshakeIsDisconnected() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", sim.server.port())) {
            assertClosedByServer(socket);
        }
    }

    private static void assertClosedByServer(Socket socket) throws IOException {
        // generous next to the 300 ms idle timeout; a server that never closes trips the socket timeout instead
        socket.setSoTimeout(5_000);
        long started = System.nanoTime();
        InputStream in = socket.getInputStream();
        int read;
        do {
            read = in.read();
        } while (read != -1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
}
