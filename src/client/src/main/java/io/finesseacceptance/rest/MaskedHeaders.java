package io.finesseacceptance.rest;

import io.restassured.http.Header;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Header values that would hand out access (credentials, session cookies) never leave the client unmasked. */
final class MaskedHeaders {

    private static final Set<String> SECRET = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private MaskedHeaders() {
    }

    static Map<String, List<String>> of(Iterable<Header> headers) {
        Map<String, List<String>> masked = new LinkedHashMap<>();
        for (Header header : headers) {
            masked.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                    .add(mask(header.getName(), header.getValue()));
        }
        masked.replaceAll((name, values) -> List.copyOf(values));
        return masked;
    }

    static String mask(String name, String value) {
        if (!SECRET.contains(name.toLowerCase(Locale.ROOT))) {
            return value;
        }
        int space = value.indexOf(' ');
        // keep the scheme ("Basic", "Bearer") so a report still shows how the call authenticated
        return name.equalsIgnoreCase("authorization") && space > 0 ? value.substring(0, space) + " ****" : "****";
    }
}
