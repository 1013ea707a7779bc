package io.finesseacceptance.report;

import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.HttpExchange;

/** Attaches every HTTP exchange (already masked) to the report step that made it, and notes SystemInfo's versions. */
public final class AllureExchanges implements ExchangeListener {

    @Override
    public void exchanged(HttpExchange exchange) {
        SystemInfoVersions.notice(exchange);
        ReportAttachments.attach(exchange.title(), "text/plain", exchange.describe(), ".txt");
    }
}
