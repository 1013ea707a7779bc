package io.finesseacceptance.rest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its answer as the report shows it: headers already masked, so an exchange can
 * be logged or attached anywhere.
 */
public record HttpExchange(String method, String url, Map<String, List<String>> requestHeaders, String requestBody,
                           int status, Map<String, List<String>> responseHeaders, String responseBody,
                           Duration elapsed) {

    public String title() {
        return method + " " + url + " → " + status;
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(' ').append(url).append('\n');
        requestHeaders.forEach((name, values) -> values.forEach(value -> text.append(name).append(": ").append(value).append('\n')));
        text.append('\n').append(requestBody == null ? "" : requestBody).append("\n\n");
        text.append("HTTP ").append(status).append(" (").append(elapsed.toMillis()).append(" ms)\n");
        responseHeaders.forEach((name, values) -> values.forEach(value -> text.append(name).append(": ").append(value).append('\n')));
        text.append('\n').append(responseBody == null ? "" : responseBody).append('\n');
        return text.toString();
    }
}
