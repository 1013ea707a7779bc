package io.finesseacceptance.rest;

import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.TlsTrust;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpEntity;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.DefaultHttpRequestRetryHandler;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.util.EntityUtils;

/**
 * The load runs' HTTP client ({@link FinesseRestClient#lean}): HttpClient 4.5's builder with only what
 * a Finesse state change needs. The classic client REST Assured shares carries cookie, proxy-selector,
 * URI-rewriting and content-encoding interceptors, which cost more CPU per request than its TLS at a
 * thousand agents; Finesse's REST API uses none of them (no cookies, redirects or compression).
 * Same trust, host-name check, timeouts and retry rule as {@link RestAssuredConnections}.
 */
final class LeanHttpClient implements RestTransport {

    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;
    private static final int POOL_TIMEOUT_MS = 10_000;
    /** Well under Tomcat's default keep-alive timeout (20 s), so a reused connection is still open. */
    private static final long MAX_IDLE_SECONDS = 5;

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient client;
    private final String apiRoot;

    LeanHttpClient(TlsTrust trust, String apiRoot) {
        this.apiRoot = apiRoot;
        connections = new PoolingHttpClientConnectionManager(RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", PlainConnectionSocketFactory.getSocketFactory())
                .register("https", new SSLConnectionSocketFactory(trust.sslContext(), RestAssuredConnections.hostNameCheck(trust)))
                .build());
        connections.setDefaultMaxPerRoute(16);
        connections.setMaxTotal(32);
        // a validation before each lease blocks the request; closing idle connections early does its job
        connections.setValidateAfterInactivity(-1);
        connections.setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoTimeout(READ_TIMEOUT_MS).build());
        client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(CONNECT_TIMEOUT_MS)
                        .setSocketTimeout(READ_TIMEOUT_MS).setConnectionRequestTimeout(POOL_TIMEOUT_MS).build())
                .disableCookieManagement()
                .disableAuthCaching()
                .disableRedirectHandling()
                .disableContentCompression()
                .disableConnectionState()
                // retry only what never reached Finesse: a state change that was sent must not be sent twice
                .setRetryHandler(new DefaultHttpRequestRetryHandler(2, false))
                .build();
    }

    @Override
    public FinesseResponse get(AgentAccount caller, String path) {
        return execute(withAuthorization(new HttpGet(URI.create(apiRoot + path)), caller));
    }

    @Override
    public FinesseResponse put(AgentAccount caller, String path, String xml, String requestId) {
        HttpPut put = withAuthorization(new HttpPut(URI.create(apiRoot + path)), caller);
        put.setHeader(FinesseRestClient.REQUEST_ID_HEADER, requestId);
        put.setHeader("Content-Type", ContentType.XML.withCharset(StandardCharsets.UTF_8));
        put.setEntity(new StringEntity(xml, StandardCharsets.UTF_8));
        return execute(put);
    }

    private static <T extends HttpRequestBase> T withAuthorization(T request, AgentAccount agent) {
        request.setHeader("Authorization", BasicAuthorization.of(agent));
        request.setHeader("Accept", ContentType.XML.getAcceptHeader());
        return request;
    }

    /** Sends the request: status and body, the connection handed back to the pool. */
    private FinesseResponse execute(HttpUriRequest request) {
        connections.closeIdleConnections(MAX_IDLE_SECONDS, TimeUnit.SECONDS);
        connections.closeExpiredConnections();
        try (CloseableHttpResponse response = client.execute(request)) {
            HttpEntity entity = response.getEntity();
            String body = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
            return new FinesseResponse(response.getStatusLine().getStatusCode(), body);
        } catch (IOException failed) {
            request.abort();
            throw new UncheckedIOException(request.getMethod() + " " + request.getURI() + " failed: " + failed, failed);
        }
    }
}
