package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.ConfiguredReasonCode;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import java.util.List;

/** {@code <ReasonCodes category="...">} as answered to {@code GET User/{id}/ReasonCodes}. */
final class ReasonCodesXml {

    private ReasonCodesXml() {
    }

    static String document(ReasonCodeCategory category, List<ConfiguredReasonCode> codes) {
        XmlBuilder xml = new XmlBuilder().open("ReasonCodes", "category", category.name());
        for (ConfiguredReasonCode code : codes) {
            xml.open("ReasonCode")
                    .element("uri", code.uri())
                    .element("category", code.category().name())
                    .element("code", code.code())
                    .element("label", code.label())
                    .element("forAll", code.forAll())
                    .element("systemCode", code.systemCode())
                    .close("ReasonCode");
        }
        return xml.close("ReasonCodes").toString();
    }
}
