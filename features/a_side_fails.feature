@simulator-only @two-sides
Feature: One side of the deployment fails and the other carries on
  When one node of a two-node deployment fails, the other keeps serving the same agents. A node that is out
  of service refuses every change with 503 Service Unavailable and announces nothing. A CTI failover takes
  Finesse out of service for a moment; once it is back in service it repeats every agent's last state, which
  is not a change anybody asked for. These scenarios switch a whole side, so they run alone, and only against
  the simulator, which can be switched on demand.

  Background:
    Given an agent who is signed in on their extension and NOT_READY
    And the agent's notifications are heard on both sides of the deployment

  Scenario: A side out of service refuses changes while the other side takes them
    Given the other side is out of service
    When the agent signs out through the other side
    Then Finesse refuses at once with 503 and a Service Unavailable error
    And nothing is announced for the request on either side during the quiet period
    And reading the agent back shows NOT_READY
    When the agent becomes READY
    Then Finesse accepts the request with 200 OK or 202 Accepted and an empty body
    And the agent's notifications announce READY within the event timeout

  Scenario: After a CTI failover Finesse repeats every agent's last state
    When the CTI connection fails over
    Then the agent's notifications announce Finesse OUT_OF_SERVICE and then IN_SERVICE within the event timeout
    And the agent's notifications then repeat NOT_READY, with no request of ours, within the event timeout
    And reading the agent back after the failover shows NOT_READY
