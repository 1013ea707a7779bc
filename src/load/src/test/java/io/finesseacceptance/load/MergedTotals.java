package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof the distributed tests share: the same plan run on one JVM and on two, merged, gives the same
 * totals (agents × cycles per transition, every request answered 202, every notification received, the same
 * histogram counts, no agent on two JVMs, every agent signed out and its session closed). Counts, never times.
 */
final class MergedTotals {

    private MergedTotals() {
    }

    static void assertSameTotals(LoadMerge.Merged one, LoadMerge.Merged two, int agents, int cycles) {
        System.out.print(LoadMerge.table(one));
        System.out.print(LoadMerge.table(two));
        assertThat(one.problems()).isEmpty();
        assertThat(two.problems()).isEmpty();
        assertThat(two.agents()).hasSize(agents).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(one.agents());
        for (Transition transition : Transition.values()) {
            LoadMerge.Row single = one.rows().get(transition);
            LoadMerge.Row merged = two.rows().get(transition);
            assertThat(single.requests()).as(transition.label()).isEqualTo((long) agents * cycles);
            assertThat(merged.requests()).as(transition.label()).isEqualTo(single.requests());
            assertThat(merged.accepted()).as(transition.label()).isEqualTo(single.accepted());
            assertThat(merged.received()).as(transition.label()).isEqualTo(single.received())
                    .isEqualTo(single.requests());
            assertThat(merged.put().getTotalCount()).isEqualTo(single.put().getTotalCount());
            assertThat(merged.notification().getTotalCount()).isEqualTo(single.notification().getTotalCount());
            assertThat(merged.errors() + merged.missing()).isZero();
        }
        assertThat(two.signedOut()).isEqualTo(agents);
        assertThat(two.closed()).isEqualTo(agents);
    }
}
