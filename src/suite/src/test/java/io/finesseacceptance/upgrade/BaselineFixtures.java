package io.finesseacceptance.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * BaselineFixtures made by hand for the comparison's tests: what a small lab run would record, and edits of it;
 * on two sides, another fixture's SystemInfo, documents, notification forms and reason codes as the secondary's.
 */
final class BaselineFixtures {

    private SortedMap<String, String> systemInfo = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> documents = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> optionalElements = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> notifications = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> reasonCodes = new TreeMap<>();
    private final SortedMap<String, Baseline.RequestOutcome> requests = new TreeMap<>();
    private final SortedMap<String, String> scenarios = new TreeMap<>();
    private final SortedMap<String, Baseline.TransitionLatencyRecord> latency = new TreeMap<>();
    private final SortedSet<String> noise = new TreeSet<>();
    private final SortedSet<String> answered = new TreeSet<>();
    private BaselineFixtures secondary;

    static final String SIGN_OUT = "agent_signs_out.feature: The agent signs out / sign-out";
    static final String UCCE_REFUSAL = "finesse_refuses.feature: On UCCE an agent who is READY must go NOT_READY"
            + " before signing out / sign-out";

    /** A lab as the simulator's defaults record it, with latencies around {@code p50Ms}. */
    static BaselineFixtures lab(double p50Ms, long seed) {
        BaselineFixtures lab = new BaselineFixtures();
        lab.systemInfo.put("ctiVersion", "20");
        lab.systemInfo.put("deploymentType", "UCCE");
        lab.systemInfo.put("status", "IN_SERVICE");
        lab.documents.put("User (GET)", new TreeSet<>(List.of("User", "User/loginId", "User/state", "User/teamName",
                "User/extension")));
        lab.notifications.put("envelope", new TreeSet<>(List.of("escaped Update in <notification>")));
        lab.notifications.put("requestId", new TreeSet<>(List.of("echoed")));
        lab.reasonCodes.put("NOT_READY", new TreeSet<>(List.of("id 1: code 10, Break", "id 2: code 11, Lunch")));
        lab.requests.put(SIGN_OUT, new Baseline.RequestOutcome("202, empty body", "accepted and announced",
                List.of("PUT user LOGOUT")));
        lab.requests.put(UCCE_REFUSAL, new Baseline.RequestOutcome("400, Invalid State (LOGOUT)", "refused at once",
                List.of()));
        lab.scenarios.put("agent_signs_out.feature: The agent signs out", "passed");
        lab.latency.put("LOGOUT requested", LatencyFigures.of(List.of(samples(p50Ms, 12, seed))));
        return lab;
    }

    /** Latencies as a loaded machine gives them: the CTI delay, plus jitter, plus now and then a long tail. */
    static List<Double> samples(double p50Ms, int count, long seed) {
        Random random = new Random(seed);
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double jitter = random.nextGaussian() * p50Ms * 0.15;
            double tail = random.nextInt(10) == 0 ? p50Ms * random.nextDouble() * 2 : 0;
            samples.add(Math.max(0.5, p50Ms + jitter + tail));
        }
        return samples;
    }

    BaselineFixtures systemInfo(String field, String value) {
        systemInfo = new TreeMap<>(systemInfo);
        systemInfo.put(field, value);
        return this;
    }

    BaselineFixtures document(String kind, String... paths) {
        documents.put(kind, new TreeSet<>(List.of(paths)));
        return this;
    }

    BaselineFixtures reasonCodes(String category, String... codes) {
        reasonCodes.put(category, new TreeSet<>(List.of(codes)));
        return this;
    }

    /** A side that read no reason codes. */
    BaselineFixtures withoutReasonCodes() {
        reasonCodes.clear();
        return this;
    }

    BaselineFixtures request(String key, Baseline.RequestOutcome outcome) {
        requests.put(key, outcome);
        return this;
    }

    BaselineFixtures withoutRequest(String key) {
        requests.remove(key);
        return this;
    }

    BaselineFixtures scenario(String name, String status) {
        scenarios.put(name, status);
        return this;
    }

    BaselineFixtures notifications(String aspect, String... values) {
        notifications.put(aspect, new TreeSet<>(List.of(values)));
        return this;
    }

    BaselineFixtures latency(String transition, List<Double> samples) {
        latency.put(transition, LatencyFigures.of(List.of(samples)));
        return this;
    }

    /** Elements some documents of {@code kind} had and others, with the same parent, did not. */
    BaselineFixtures optional(String kind, String... paths) {
        optionalElements.put(kind, new TreeSet<>(List.of(paths)));
        return this;
    }

    /** A deployment of two sides: {@code side} is what the secondary showed (its requests and latency unused). */
    BaselineFixtures secondary(BaselineFixtures side) {
        secondary = side;
        return this;
    }

    /** Requests of this run the secondary answered (the primary answered the rest). */
    BaselineFixtures answeredBySecondary(String... requests) {
        secondary.answered.addAll(List.of(requests));
        return this;
    }

    SideRecord asSide() {
        return new SideRecord(systemInfo, documents, optionalElements, notifications, reasonCodes, answered);
    }

    BaselineFixtures noise(String key) {
        noise.add(key);
        return this;
    }

    Baseline build() {
        return new Baseline(Baseline.FORMAT, 1, "finesse-acceptance test", systemInfo, documents, optionalElements,
                notifications, reasonCodes, requests, scenarios, latency, noise,
                secondary == null ? null : secondary.asSide());
    }
}
