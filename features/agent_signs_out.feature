@sign-out
Feature: Agent signs out
  An agent who is done for the day signs out of Finesse. Finesse accepts the request at once and
  confirms the sign-out a moment later on the agent's notification channel; from then on the agent
  reads as signed out (LOGOUT).

  Background:
    Given an agent who is signed in on their extension and NOT_READY

  @smoke
  Scenario: The agent signs out
    When the agent signs out
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the agent's notifications announce LOGOUT within the event timeout
    And reading the agent back shows LOGOUT with no extension

  Scenario: The agent signs out giving a reason
    Given the lab offers a sign-out reason to the agent
    When the agent signs out giving that reason
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the agent's notifications announce LOGOUT with that reason within the event timeout
    And reading the agent back shows LOGOUT with no extension
