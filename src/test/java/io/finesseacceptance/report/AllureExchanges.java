package io.finesseacceptance.report;

import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.HttpExchange;
import io.qameta.allure.Allure;

/** Attaches every HTTP exchange (already masked) to the report step that made it. */
public final class AllureExchanges implements ExchangeListener {

    @Override
    public void exchanged(HttpExchange exchange) {
        // exchanges outside any scenario (start-up checks) have no step to belong to
        if (Allure.getLifecycle().getCurrentTestCaseOrStep().isPresent()) {
            Allure.addAttachment(exchange.title(), "text/plain", exchange.describe(), ".txt");
        }
    }
}
