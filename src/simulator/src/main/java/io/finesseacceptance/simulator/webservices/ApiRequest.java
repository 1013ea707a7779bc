package io.finesseacceptance.simulator.webservices;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An HTTP request reduced to what the resources need; the body is copied off Netty's buffer. */
record ApiRequest(HttpMethod method, String path, Map<String, List<String>> query, HttpHeaders headers,
        byte[] body) {

    Optional<String> queryParameter(String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }
}
