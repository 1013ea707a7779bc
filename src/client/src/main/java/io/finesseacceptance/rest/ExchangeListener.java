package io.finesseacceptance.rest;

/** Hears every HTTP exchange, on the thread that made the request (so a report can attach it to its step). */
@FunctionalInterface
public interface ExchangeListener {

    ExchangeListener NONE = exchange -> { };

    void exchanged(HttpExchange exchange);
}
