@supervisor
Feature: A supervisor signs an agent out
  A supervisor can sign out the agents of the teams they supervise, whether the agent is READY or
  NOT_READY, on UCCE as on UCCX. Finesse accepts at once and announces the sign-out on the agent's own
  notification channel and on the team's, which the supervisor watches through a subscription of their
  own; the suite removes that subscription again after every scenario. A supervisor can do nothing for an
  agent outside their teams, and cannot choose the reason when they make an agent NOT_READY: Finesse
  gives its own. Scenarios here need a supervisor (FINESSE_SUPERVISORS); without one they are skipped.

  Background:
    Given a supervisor watching their team's notifications

  Scenario: A supervisor signs out an agent of their team who is READY
    Given an agent of the supervisor's team who is signed in on their extension and READY
    When the supervisor signs the agent out
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the agent's notifications announce LOGOUT within the event timeout
    And the supervisor's team notifications announce the agent LOGOUT within the event timeout
    And reading the agent back shows LOGOUT with no extension

  Scenario: A supervisor signs out an agent of their team who is NOT_READY
    Given an agent of the supervisor's team who is signed in on their extension and NOT_READY
    When the supervisor signs the agent out
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the agent's notifications announce LOGOUT within the event timeout
    And the supervisor's team notifications announce the agent LOGOUT within the event timeout
    And reading the agent back shows LOGOUT with no extension

  Scenario: A supervisor cannot sign out an agent outside their teams
    Given an agent outside the supervisor's teams who is signed in on their extension and NOT_READY
    When the supervisor signs the agent out
    Then Finesse refuses at once with 401 and an Invalid Supervisor error
    And no notification but the refusal arrives for the request during the quiet period
    And reading the agent back shows NOT_READY

  Scenario: A supervisor cannot give a reason with an agent's NOT_READY
    Given an agent of the supervisor's team who is signed in on their extension and READY
    And the lab offers a break reason to the agent
    When the supervisor makes the agent NOT_READY giving that reason
    Then Finesse refuses at once with 400 and an Invalid Input error
    And no notification but the refusal arrives for the request during the quiet period
    And reading the agent back shows READY
