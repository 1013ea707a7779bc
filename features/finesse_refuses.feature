@negative
Feature: Finesse refuses what it cannot do
  Finesse checks every request. What it can tell is wrong at once, it refuses at once with an error
  (HTTP 400, 401, 404 or 503) and changes nothing, so no state change is announced. What only the
  contact center's CTI server can tell, Finesse first accepts (202) and then reports as an error
  notification, leaving the agent as they were.

  Scenario Outline: Finesse refuses a change it cannot make, and announces nothing
    Given an agent who is <situation>
    When the agent asks for <request>
    Then Finesse refuses with 400 <error type>
    And no state change is announced for the agent
    And reading the agent back shows <state>

    Examples:
      | situation                               | request                    | error type        | state     |
      | signed out                              | LOGOUT                     | Invalid State     | LOGOUT    |
      | signed in on their extension and NOT_READY | a change that names no state | Parameter Missing | NOT_READY |
      | signed in on their extension and NOT_READY | the state "ON_HOLIDAY"   | Invalid Input     | NOT_READY |

  @ucce @sign-out
  Scenario: On UCCE an agent who is READY must go NOT_READY before signing out
    Given an agent who is signed in on their extension and READY
    When the agent asks for LOGOUT
    Then Finesse refuses with 400 Invalid State
    And no state change is announced for the agent
    And reading the agent back shows READY

  @uccx @sign-out
  Scenario: On UCCX an agent who is READY can sign out straight away
    Given an agent who is signed in on their extension and READY
    When the agent signs out
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the agent's notifications announce LOGOUT within the event timeout

  Scenario: An agent cannot change another agent's state
    Given an agent who is signed out
    And a second agent who is signed out
    When the agent tries to sign in the second agent
    Then Finesse refuses with 401 Invalid Authorization User Specified
    And no state change is announced for the second agent

  Scenario: Finesse does not know the agent asked about
    Given an agent who is signed out
    When the agent reads a user Finesse does not know
    Then Finesse refuses with 404 User Not Found

  Scenario: A wrong password is refused
    Given an agent who is signed out
    When someone reads the agent's user with a wrong password
    Then Finesse refuses with 401 Authorization Failure

  Scenario: The CTI server refuses what Finesse accepted
    Given an agent who is signed out
    When the agent asks for NOT_READY
    Then Finesse accepts the request with 202 Accepted and an empty body
    And an error is announced for the request instead of a state change
    And reading the agent back shows LOGOUT
