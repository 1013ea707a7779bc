package io.finesseacceptance.simulator.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SidesPublisherTest {

    @Test
    void theOtherNodesUpdateHasAnEmptyRequestIdAndEverythingElseAsIs() {
        String update = "<Update><data><user><state>READY</state></user></data><event>PUT</event>"
                + "<requestId>req-42</requestId><source>/finesse/api/User/1001</source></Update>";

        assertThat(SidesPublisher.withoutRequestId(update)).isEqualTo("<Update><data><user><state>READY</state>"
                + "</user></data><event>PUT</event><requestId/><source>/finesse/api/User/1001</source></Update>");
    }

    @Test
    void anUpdateWithoutARequestIdStaysAsItIs() {
        String unsolicited = "<Update><data/><event>PUT</event><requestId/><source>/finesse/api/User/1001</source>"
                + "</Update>";

        assertThat(SidesPublisher.withoutRequestId(unsolicited)).isEqualTo(unsolicited);
    }
}
