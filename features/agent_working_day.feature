@state
Feature: An agent's working day
  The journey of Cisco's DevNet Finesse lab, as an agent lives it: they look themselves up, sign in on
  their phone, get ready for calls, take a break for a reason, and sign out at the end of the day.
  Every change is confirmed by Finesse on the agent's notification channel.

  Background:
    Given an agent who is signed out

  @smoke
  Scenario: The agent looks themselves up
    When the agent reads their own user
    Then Finesse answers 200 OK showing the agent signed out, with their login id and the Agent role

  @sign-in @smoke
  Scenario: The agent signs in on their extension
    When the agent signs in on their extension
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the agent's notifications announce NOT_READY within the event timeout
    And reading the agent back shows NOT_READY on their extension

  @sign-out
  Scenario: A day from sign-in to sign-out, with a break
    When the agent signs in on their extension
    Then the agent's notifications announce NOT_READY within the event timeout
    When the agent becomes READY
    Then Finesse accepts the request with 200 OK or 202 Accepted and an empty body
    And the agent's notifications announce READY within the event timeout
    Given the lab offers a break reason to the agent
    When the agent becomes NOT_READY giving that reason
    Then the agent's notifications announce NOT_READY with that reason within the event timeout
    And reading the agent back shows NOT_READY with that reason
    When the agent signs out
    Then the agent's notifications announce LOGOUT within the event timeout
    And reading the agent back shows LOGOUT with no extension
