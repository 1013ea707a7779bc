package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.Team;

/**
 * {@code GET /finesse/api/Team/{id}}: the team and a summary of each member, for a supervisor of that team
 * (docs/finesse-contract.md §19). Anyone else gets 401 Invalid Authorization User Specified; an unknown team
 * 404 Not Found.
 */
final class TeamResource {

    private final AgentDirectory directory;
    private final UserXml userXml;

    TeamResource(AgentDirectory directory, UserXml userXml) {
        this.directory = directory;
        this.userXml = userXml;
    }

    ApiResponse get(Caller caller, String teamId) {
        Team team = directory.team(teamId)
                .orElseThrow(() -> ApiErrorReply.notFound("/finesse/api/Team/" + teamId).asException());
        if (!directory.supervises(caller.id(), teamId)) {
            throw ApiErrorReply.otherUsersResource(caller.id()).asException();
        }
        return ApiResponse.ok(TeamXml.document(team, directory.members(teamId), userXml));
    }
}
