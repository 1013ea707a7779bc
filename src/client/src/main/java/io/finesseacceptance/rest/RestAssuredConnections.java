package io.finesseacceptance.rest;

import io.finesseacceptance.settings.TlsTrust;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpEntity;
import org.apache.http.client.HttpClient;
import org.apache.http.client.params.ClientPNames;
import org.apache.http.conn.scheme.Scheme;
import org.apache.http.conn.ssl.SSLSocketFactory;
import org.apache.http.conn.ssl.X509HostnameVerifier;
import org.apache.http.entity.BufferedHttpEntity;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.conn.PoolingClientConnectionManager;
import org.apache.http.params.CoreConnectionPNames;

/**
 * The one HTTP client a {@link FinesseRestClient} uses for the run, so keep-alive connections spare each
 * request a TCP and TLS handshake. REST Assured (5 and 6) needs HttpClient 4's classic (deprecated) client.
 */
@SuppressWarnings("deprecation")
final class RestAssuredConnections {

    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final long POOL_TIMEOUT_MS = 10_000;
    /** Well under Tomcat's default keep-alive timeout (20 s), so a reused connection is still open. */
    private static final long MAX_IDLE_SECONDS = 5;

    private final PoolingClientConnectionManager connections = new PoolingClientConnectionManager();
    private final DefaultHttpClient client = new DefaultHttpClient(connections);

    /**
     * TLS is set up here once, for the client's life: REST Assured's own SSL settings would build a new
     * socket factory, and lose the pooled connections, on every request.
     */
    RestAssuredConnections(TlsTrust trust) {
        connections.getSchemeRegistry().register(new Scheme("https", 443,
                new SSLSocketFactory(trust.sslContext(), hostNameCheck(trust))));
        connections.setDefaultMaxPerRoute(16);
        connections.setMaxTotal(32);
        client.getParams().setIntParameter(CoreConnectionPNames.CONNECTION_TIMEOUT, CONNECT_TIMEOUT_MS);
        client.getParams().setIntParameter(CoreConnectionPNames.SO_TIMEOUT, READ_TIMEOUT_MS);
        client.getParams().setLongParameter(ClientPNames.CONN_MANAGER_TIMEOUT, POOL_TIMEOUT_MS);
        client.getParams().setBooleanParameter(CoreConnectionPNames.TCP_NODELAY, true);
        // the stale check blocks every request; closing idle connections early does its job
        client.getParams().setBooleanParameter(CoreConnectionPNames.STALE_CONNECTION_CHECK, false);
        // retry only what never reached Finesse: a state change that was sent must not be sent twice
        client.setHttpRequestRetryHandler(new DefaultHttpRequestRetryHandler(2, false));
        // REST Assured leaves an empty body (Finesse's 202) unconsumed, which would keep its connection
        // leased forever; buffering reads it inside execute() and hands the pool its connection back
        client.addResponseInterceptor((response, context) -> {
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                response.setEntity(new BufferedHttpEntity(entity));
            }
        });
    }

    /** Both clients check the host name alike: off only when TLS verification is off. */
    static X509HostnameVerifier hostNameCheck(TlsTrust trust) {
        return trust.insecure() ? SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER
                : SSLSocketFactory.BROWSER_COMPATIBLE_HOSTNAME_VERIFIER;
    }

    HttpClient client() {
        return client;
    }

    /** Called before each request: drops connections Finesse may have closed meanwhile. */
    void closeIdleConnections() {
        connections.closeIdleConnections(MAX_IDLE_SECONDS, TimeUnit.SECONDS);
        connections.closeExpiredConnections();
    }
}
