package io.finesseacceptance.simulator.webservices;

/** The {@code <Update>} envelope Finesse publishes on a node after a PUT. */
final class UpdateXml {

    private UpdateXml() {
    }

    static String forPut(String dataXml, String requestId, String source) {
        return new XmlBuilder().open("Update")
                .open("data").fragment(dataXml).close("data")
                .element("event", "PUT")
                .element("requestId", requestId)
                .element("source", source)
                .close("Update").toString();
    }
}
