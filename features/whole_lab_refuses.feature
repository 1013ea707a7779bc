@negative @simulator-only
Feature: Finesse refuses what the whole lab does not allow
  Some conditions hold for every agent at once: a lab that requires a reason for every break, or
  Finesse out of service. A scenario here switches the whole lab, so it runs alone, with no other
  scenario beside it, and only against the simulator, which can be switched on demand.

  Scenario: A break needs a reason where the lab requires one
    Given an agent who is signed in on their extension and READY
    And the lab requires a reason to go NOT_READY
    When the agent asks for NOT_READY
    Then Finesse refuses at once with 400 and a Parameter Missing error
    And no notification but the refusal arrives for the request during the quiet period
    And reading the agent back shows READY

  Scenario: Finesse out of service refuses every change
    Given an agent who is signed in on their extension and NOT_READY
    And Finesse is out of service
    When the agent asks for LOGOUT
    Then Finesse refuses at once with 503 and a Service Unavailable error
    And no notification but the refusal arrives for the request during the quiet period
