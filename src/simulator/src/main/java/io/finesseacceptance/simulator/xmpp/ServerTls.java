package io.finesseacceptance.simulator.xmpp;

import io.netty.handler.ssl.SslHandler;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/** The server side of TLS for every transport: STARTTLS, direct TLS and BOSH over HTTPS. */
final class ServerTls {

    private static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private ServerTls() {
    }

    /** {@code startTls}: the first write (STARTTLS's {@code <proceed/>}) still leaves unencrypted. */
    static SslHandler handler(SSLContext context, boolean startTls) {
        SSLEngine engine = context.createSSLEngine();
        engine.setUseClientMode(false);
        engine.setEnabledProtocols(Arrays.stream(engine.getSupportedProtocols()).filter(PROTOCOLS::contains)
                .toArray(String[]::new));
        return new SslHandler(engine, startTls);
    }
}
