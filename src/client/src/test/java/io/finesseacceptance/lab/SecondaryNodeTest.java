package io.finesseacceptance.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.finesse.XmlNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where the other node is, from SystemInfo's primaryNode and secondaryNode (contract §20). */
class SecondaryNodeTest {

    private static SystemInfo systemInfo(String nodes) {
        return FinesseDocuments.systemInfo(XmlNode.parse("""
                <SystemInfo>
                  <deploymentType>UCCE</deploymentType>
                  <status>IN_SERVICE</status>
                  %s
                  <xmppDomain>finesse-a.lab</xmppDomain>
                </SystemInfo>""".formatted(nodes)));
    }

    @Test
    void release1262NamesThePortsOfBothNodes() {
        SystemInfo info = systemInfo("""
                <primaryNode><host>finesse-a.lab</host><httpsPort>8445</httpsPort><xmppPort>5222</xmppPort>
                  <xmppSecurePort>5223</xmppSecurePort></primaryNode>
                <secondaryNode><host>finesse-b.lab</host><httpsPort>9445</httpsPort></secondaryNode>""");

        assertThat(info.secondaryNode().httpsPort()).hasValue(9445);
        assertThat(info.primaryNode().xmppSecurePort()).hasValue(5223);
        assertThat(SecondaryNode.baseUrl(URI.create("https://finesse-a.lab:8445"), info))
                .contains(URI.create("https://finesse-b.lab:9445"));
    }

    @Test
    void anEarlierReleaseNamesHostsOnlyAndTheConfiguredSchemeAndPortApply() {
        SystemInfo info = systemInfo("""
                <primaryNode><host>finesse-a.lab</host></primaryNode>
                <secondaryNode><host>finesse-b.lab</host></secondaryNode>""");

        assertThat(SecondaryNode.baseUrl(URI.create("https://finesse-a.lab:8445"), info))
                .contains(URI.create("https://finesse-b.lab:8445"));
    }

    @Test
    void pointedAtTheSecondaryTheOtherNodeIsThePrimary() {
        SystemInfo info = systemInfo("""
                <primaryNode><host>finesse-a.lab</host></primaryNode>
                <secondaryNode><host>FINESSE-B.lab</host></secondaryNode>""");

        assertThat(SecondaryNode.baseUrl(URI.create("https://finesse-b.lab:8445"), info))
                .contains(URI.create("https://finesse-a.lab:8445"));
    }

    @Test
    void aSingleNodeNamesNoOtherNode() {
        assertThat(SecondaryNode.baseUrl(URI.create("https://finesse-a.lab:8445"),
                systemInfo("<primaryNode><host>finesse-a.lab</host></primaryNode>"))).isEmpty();
        assertThat(SecondaryNode.baseUrl(URI.create("https://finesse-a.lab:8445"), systemInfo("""
                <primaryNode><host>finesse-a.lab</host></primaryNode><secondaryNode><host></host></secondaryNode>""")))
                .isEmpty();
    }

    @Test
    void twoNodesOnOneHostAreToldApartByPort() {
        SystemInfo info = systemInfo("""
                <primaryNode><host>127.0.0.1</host><httpsPort>41001</httpsPort></primaryNode>
                <secondaryNode><host>127.0.0.1</host><httpsPort>41002</httpsPort></secondaryNode>""");

        assertThat(SecondaryNode.baseUrl(URI.create("https://127.0.0.1:41001"), info))
                .contains(URI.create("https://127.0.0.1:41002"));
    }
}
