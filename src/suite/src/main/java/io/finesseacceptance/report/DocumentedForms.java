package io.finesseacceptance.report;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which of the forms Cisco's guide allows the lab answered in (docs/finesse-contract.md §16), counted over
 * the run ("refusal form: immediate 400" 3 times), for the run summary. Scenarios run in parallel, so
 * recording is synchronized.
 */
public final class DocumentedForms {

    private final Map<String, Integer> seen = new TreeMap<>();

    /** @param form e.g. "refusal form: 202 then error Update" */
    public synchronized void record(String form) {
        seen.merge(form, 1, Integer::sum);
    }

    /** Everything recorded so far, one form a line with its count, leaving the log empty for the next run. */
    public synchronized String drain() {
        String lines = seen.entrySet().stream().map(entry -> entry.getKey() + " (" + entry.getValue() + "×)")
                .collect(Collectors.joining("\n"));
        seen.clear();
        return lines;
    }
}
