package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.agents.Team;
import java.util.List;

/** The Team document of {@code GET /finesse/api/Team/{id}} (Cisco's Team page; docs/finesse-contract.md §19). */
final class TeamXml {

    private TeamXml() {
    }

    static String usersNode(String teamId) {
        return "/finesse/api/Team/" + teamId + "/Users";
    }

    /** {@code <Team><uri/><id/><name/><users><User>summary</User>…</users></Team>}, members by id. */
    static String document(Team team, List<SimulatedAgent> members, UserXml userXml) {
        XmlBuilder xml = new XmlBuilder().open("Team")
                .element("uri", team.uri())
                .element("id", team.id())
                .element("name", team.name())
                .open("users");
        for (SimulatedAgent member : members) {
            xml.fragment(userXml.teamMember("User", member.profile(), member.status()));
        }
        return xml.close("users").close("Team").toString();
    }
}
