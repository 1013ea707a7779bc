package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.ConfiguredReasonCode;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import java.util.List;

/** {@code /finesse/api/User/{id}/ReasonCodes?category=...}: the codes this user may pick. */
final class UserReasonCodesResource {

    private final AgentDirectory directory;

    UserReasonCodesResource(AgentDirectory directory) {
        this.directory = directory;
    }

    ApiResponse get(Caller caller, String userId, ApiRequest request) {
        UserResource.readableAgent(caller, userId, directory);
        ReasonCodeCategory category = request.queryParameter("category").flatMap(ReasonCodeCategory::parse)
                .orElseThrow(() -> ApiErrorReply.invalidInput("category", "Invalid category specified").asException());
        // every simulated code is forAll; team-specific codes would be filtered here
        List<ConfiguredReasonCode> codes = directory.reasonCodes().inCategory(category).stream()
                .filter(ConfiguredReasonCode::forAll).toList();
        return ApiResponse.ok(ReasonCodesXml.document(category, codes));
    }
}
