package io.finesseacceptance.simulator.agents;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Finesse agent state machine for one deployment type: decides whether a requested change is
 * refused outright (400), accepted and applied, or accepted and then rejected by the CTI server. Which of
 * the two forms a refusal takes is the {@link RefusalForms}' choice.
 */
public final class AgentTransitions {

    private final DeploymentType deploymentType;
    private final ReasonCodeCatalog reasonCodes;
    private final RefusalForms forms;

    public AgentTransitions(DeploymentType deploymentType, ReasonCodeCatalog reasonCodes) {
        this(deploymentType, reasonCodes, RefusalForms.DEFAULT);
    }

    public AgentTransitions(DeploymentType deploymentType, ReasonCodeCatalog reasonCodes, RefusalForms forms) {
        this.deploymentType = deploymentType;
        this.reasonCodes = reasonCodes;
        this.forms = forms;
    }

    /**
     * @param current the status the change applies to (after any changes still queued)
     * @throws StateChangeRefusedException when Finesse answers 400
     */
    public StateChangeOutcome decide(AgentStatus current, StateChangeRequest request, Instant now) {
        return inItsForm(() -> decideOrRefuse(current, request, now));
    }

    /** The decision, with a refusal the forms take after accepting turned into a CTI rejection. */
    private StateChangeOutcome inItsForm(Supplier<StateChangeOutcome> decision) {
        try {
            return decision.get();
        } catch (StateChangeRefusedException refused) {
            if (!forms.afterAccepting(refused.kind())) {
                throw refused;
            }
            return new StateChangeOutcome.RejectedByCti(refused.kind() == RefusalKind.CHANGE_WHILE_SIGNED_OUT
                    ? deploymentType.rejectionWhileLoggedOut()
                    : refused.asAsynchronousError());
        }
    }

    private StateChangeOutcome decideOrRefuse(AgentStatus current, StateChangeRequest request, Instant now) {
        RequestedState target = requestedState(request);
        Optional<ConfiguredReasonCode> reason = requestedReason(request, target);
        if (target == RequestedState.LOGIN) {
            return signIn(current, request, now);
        }
        if (!current.isSignedIn()) {
            if (target == RequestedState.LOGOUT) {
                throw StateChangeRefusedException.invalidState(current.state(), target);
            }
            // only the CTI server knows: by default Finesse accepts and the CTI's refusal follows
            throw StateChangeRefusedException.invalidState(current.state(), target, RefusalKind.CHANGE_WHILE_SIGNED_OUT);
        }
        if (!isAllowed(current.state(), target)) {
            throw StateChangeRefusedException.invalidState(current.state(), target, RefusalKind.TRANSITION_NOT_ALLOWED);
        }
        requireReasonWhenConfigured(target, reason);
        String extension = target == RequestedState.LOGOUT ? "" : current.extension();
        return new StateChangeOutcome.Applied(current.changedTo(target, now, extension, reason));
    }

    /**
     * A supervisor's request for an agent on a team it supervises (docs/finesse-contract.md §19): only READY,
     * NOT_READY and LOGOUT; LOGOUT from any signed-in state on UCCE and UCCX alike, leaving no reason code;
     * NOT_READY only from READY (WORK and WORK_READY are not simulated), with the hard-coded reason code of
     * the deployment; READY from NOT_READY. A reason code in the request is refused with 400 Invalid Input
     * unless {@code reasonCodeAllowed} (a fault), when it is applied as for the agent.
     *
     * @param current the status the change applies to (after any changes still queued)
     * @throws StateChangeRefusedException when Finesse answers 400
     */
    public StateChangeOutcome decideForSupervisor(AgentStatus current, StateChangeRequest request, Instant now,
            boolean reasonCodeAllowed) {
        return inItsForm(() -> decideForSupervisorOrRefuse(current, request, now, reasonCodeAllowed));
    }

    private StateChangeOutcome decideForSupervisorOrRefuse(AgentStatus current, StateChangeRequest request,
            Instant now, boolean reasonCodeAllowed) {
        RequestedState target = requestedState(request);
        if (target == RequestedState.LOGIN) {
            throw new StateChangeRefusedException("Invalid State", "state",
                    "A supervisor may set an agent's state only to READY, NOT_READY or LOGOUT");
        }
        boolean reasonGiven = request.reasonCodeId().map(String::trim).filter(value -> !value.isEmpty()).isPresent();
        if (reasonGiven && !reasonCodeAllowed) {
            throw StateChangeRefusedException.invalidInput("reasonCodeId",
                    "A supervisor cannot give a reason code for an agent's state change");
        }
        Optional<ConfiguredReasonCode> reason = requestedReason(request, target);
        if (!current.isSignedIn()) {
            if (target == RequestedState.LOGOUT) {
                throw StateChangeRefusedException.invalidState(current.state(), target);
            }
            throw StateChangeRefusedException.invalidState(current.state(), target, RefusalKind.CHANGE_WHILE_SIGNED_OUT);
        }
        return switch (target) {
            case LOGOUT -> new StateChangeOutcome.Applied(current.changedTo(target, now, "", reason));
            case NOT_READY -> {
                if (current.state() != RequestedState.READY) {
                    throw StateChangeRefusedException.invalidState(current.state(), target,
                            RefusalKind.TRANSITION_NOT_ALLOWED);
                }
                yield new StateChangeOutcome.Applied(reason.isPresent()
                        ? current.changedTo(target, now, current.extension(), reason)
                        : current.changedBySystem(target, now, current.extension(),
                                deploymentType.supervisorNotReadyReasonCodeId()));
            }
            case READY -> {
                if (current.state() != RequestedState.NOT_READY) {
                    throw StateChangeRefusedException.invalidState(current.state(), target,
                            RefusalKind.TRANSITION_NOT_ALLOWED);
                }
                yield new StateChangeOutcome.Applied(current.changedTo(target, now, current.extension(),
                        Optional.empty()));
            }
            default -> throw new IllegalStateException("not a supervisor's state: " + target);
        };
    }

    private static RequestedState requestedState(StateChangeRequest request) {
        String state = request.state().map(String::trim).filter(value -> !value.isEmpty())
                .orElseThrow(() -> StateChangeRefusedException.parameterMissing("state", "State Parameter missing"));
        return RequestedState.requestable(state).orElseThrow(
                () -> StateChangeRefusedException.invalidInput("state", "Invalid State specified for user"));
    }

    private Optional<ConfiguredReasonCode> requestedReason(StateChangeRequest request, RequestedState target) {
        Optional<String> reasonCodeId = request.reasonCodeId().map(String::trim).filter(value -> !value.isEmpty());
        if (reasonCodeId.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReasonCodeCategory> category = ReasonCodeCategory.parse(target.name());
        Optional<ConfiguredReasonCode> reason = parseId(reasonCodeId.get()).flatMap(reasonCodes::find)
                .filter(code -> category.isPresent() && code.category() == category.get());
        if (reason.isEmpty()) {
            throw StateChangeRefusedException.invalidInput("reasonCodeId", "Invalid reasonCodeId specified for user");
        }
        return reason;
    }

    private static Optional<Integer> parseId(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static StateChangeOutcome signIn(AgentStatus current, StateChangeRequest request, Instant now) {
        String extension = request.extension().map(String::trim).filter(value -> !value.isEmpty())
                .orElseThrow(() -> StateChangeRefusedException.parameterMissing("extension",
                        "Extension Parameter missing"));
        if (current.isSignedIn()) {
            return new StateChangeOutcome.Applied(current);
        }
        return new StateChangeOutcome.Applied(current.signedIn(now, extension));
    }

    private boolean isAllowed(RequestedState from, RequestedState to) {
        return switch (from) {
            case NOT_READY -> to == RequestedState.READY || to == RequestedState.NOT_READY || to == RequestedState.LOGOUT;
            case READY -> to == RequestedState.NOT_READY
                    || (to == RequestedState.LOGOUT && deploymentType.logoutFromReadyAllowed());
            default -> false;
        };
    }

    private void requireReasonWhenConfigured(RequestedState target, Optional<ConfiguredReasonCode> reason) {
        Optional<ReasonCodeCategory> category = ReasonCodeCategory.parse(target.name());
        if (reason.isEmpty() && category.isPresent() && reasonCodes.isReasonCodeRequired(category.get())) {
            throw StateChangeRefusedException.parameterMissing("finesse.api.reasoncode.require_reasoncode",
                    "The state change requires a valid reason code.");
        }
    }
}
