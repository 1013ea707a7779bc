package io.finesseacceptance.rest;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.time.Duration;

/** A REST Assured filter that hands every exchange, masked, to the listener. */
final class ExchangeRecorder implements Filter {

    private final ExchangeListener listener;

    ExchangeRecorder(ExchangeListener listener) {
        this.listener = listener;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        long started = System.nanoTime();
        Response response = context.next(request, responseSpec);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Object body = request.getBody();
        listener.exchanged(new HttpExchange(request.getMethod(), request.getURI(),
                MaskedHeaders.of(request.getHeaders()), body == null ? "" : body.toString(),
                response.getStatusCode(), MaskedHeaders.of(response.getHeaders()), response.asString(), elapsed));
        return response;
    }
}
