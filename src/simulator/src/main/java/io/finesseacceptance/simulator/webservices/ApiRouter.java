package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Variant;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps {@code /finesse/api/...} paths to resources and applies the checks every resource shares,
 * in Finesse's order: resource exists, method allowed, system in service, caller authenticated.
 */
final class ApiRouter {

    private static final String PREFIX = "/finesse/api/";

    private final AgentDirectory directory;
    private final FaultSwitches switches;
    private final SystemInfoResource systemInfo;
    private final UserResource users;
    private final UserReasonCodesResource reasonCodes;
    private final TeamResource teams;
    private final FailedSignInCounter failedSignIns;

    ApiRouter(AgentDirectory directory, FaultSwitches switches, FailedSignInCounter failedSignIns,
            SystemInfoResource systemInfo, UserResource users, UserReasonCodesResource reasonCodes,
            TeamResource teams) {
        this.directory = directory;
        this.switches = switches;
        this.failedSignIns = failedSignIns;
        this.systemInfo = systemInfo;
        this.users = users;
        this.reasonCodes = reasonCodes;
        this.teams = teams;
    }

    ApiResponse route(ApiRequest request) {
        String[] segments = segments(request.path());
        if (segments.length == 1 && segments[0].equals("SystemInfo")) {
            allow(request, Set.of(HttpMethod.GET));
            authenticate(request);
            return systemInfo.get();
        }
        if (segments.length == 2 && segments[0].equals("User")) {
            allow(request, Set.of(HttpMethod.GET, HttpMethod.PUT));
            boolean stateChange = request.method().equals(HttpMethod.PUT);
            Caller caller = stateChange && switches.isOn(Fault.OUT_OF_SERVICE_ACCEPTS) ? authenticate(request)
                    : authenticatedInService(request);
            return request.method().equals(HttpMethod.GET)
                    ? users.get(caller, segments[1])
                    : users.put(caller, segments[1], request);
        }
        if (segments.length == 3 && segments[0].equals("User") && segments[2].equals("ReasonCodes")) {
            allow(request, Set.of(HttpMethod.GET));
            return reasonCodes.get(authenticatedInService(request), segments[1], request);
        }
        if (segments.length == 2 && segments[0].equals("Team")) {
            allow(request, Set.of(HttpMethod.GET));
            return teams.get(authenticatedInService(request), segments[1]);
        }
        throw ApiErrorReply.notFound(request.path()).asException();
    }

    private static String[] segments(String path) {
        if (!path.startsWith(PREFIX)) {
            throw ApiErrorReply.notFound(path).asException();
        }
        String rest = path.substring(PREFIX.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String[] segments = rest.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty()) {
                throw ApiErrorReply.notFound(path).asException();
            }
        }
        return segments;
    }

    private static void allow(ApiRequest request, Set<HttpMethod> methods) {
        if (!methods.contains(request.method())) {
            String allowed = methods.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
            throw new ApiException(ApiErrorReply.methodNotAllowed(request.method().name()), Map.of("Allow", allowed));
        }
    }

    private Caller authenticatedInService(ApiRequest request) {
        // out of service, Finesse cannot reach the user database, so it answers 503 before checking credentials
        if (systemInfo.currentStatus() != SystemStatus.IN_SERVICE) {
            throw ApiErrorReply.outOfService().asException();
        }
        return authenticate(request);
    }

    /** 401 Authorization Failure, with its ApiErrors body or, as the guide also allows, none (§16.2). */
    private ApiException unauthorized(String user) {
        ApiException refused = ApiErrorReply.unauthorized(user).asException();
        return switches.isOn(Variant.UNAUTHORIZED_WITHOUT_BODY) ? refused.withoutBody() : refused;
    }

    private Caller authenticate(ApiRequest request) {
        BasicCredentials credentials = request.header("Authorization").flatMap(BasicCredentials::parse)
                .orElseThrow(() -> unauthorized(""));
        String user = credentials.user();
        // a locked-out id is refused before its password is even looked at, as Finesse does
        if (failedSignIns.isLockedOut(user)) {
            throw unauthorized(user);
        }
        if (!directory.authenticates(user, credentials.password())) {
            if (directory.knows(user)) {
                failedSignIns.failed(user);
            }
            throw unauthorized(user);
        }
        failedSignIns.succeeded(user);
        return new Caller(credentials.user(), AgentDirectory.ADMINISTRATOR_ID.equals(credentials.user()));
    }
}
