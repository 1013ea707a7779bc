@negative
Feature: Finesse refuses what it cannot do
  Finesse checks every request. What it can tell is wrong at once, it refuses at once with an error
  (HTTP 400, 401, 404 or 503) and changes nothing, so no state change is announced. What only the
  contact center's CTI server can tell, Finesse first accepts (202) and then reports as an error
  notification, leaving the agent as they were. Where Cisco's guide does not say which of the two a
  refusal takes, either passes, and the report says which one this Finesse used.

  Scenario Outline: Finesse refuses a change it cannot make, and announces nothing
    Given an agent who is <situation>
    When the agent asks for <request>
    Then Finesse refuses at once with 400 and <error>
    And no notification but the refusal arrives for the request during the quiet period
    And reading the agent back shows <state>

    Examples:
      | situation                                  | request                      | error                     | state                    |
      | signed out                                 | LOGOUT                       | an Invalid State error    | LOGOUT with no extension |
      | signed in on their extension and NOT_READY | a change that names no state | a Parameter Missing error | NOT_READY                |
      | signed in on their extension and NOT_READY | the state "ON_HOLIDAY"       | an Invalid Input error    | NOT_READY                |

  @ucce @sign-out
  Scenario: On UCCE an agent who is READY must go NOT_READY before signing out
    Given an agent who is signed in on their extension and READY
    When the agent asks for LOGOUT
    Then Finesse refuses with an Invalid State error, at once (400) or after accepting (an empty 202, then an error notification)
    And no notification but the refusal arrives for the request during the quiet period
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
    Then Finesse refuses at once with 401 and an Invalid Authorization User Specified error
    And no notification arrives for the request on the second agent's channel during the quiet period

  Scenario: Finesse does not know the agent asked about
    Given an agent who is signed out
    When the agent reads a user Finesse does not know
    Then Finesse refuses with 404 and a User Not Found error, or with 401 and an Invalid Authorization User Specified error

  Scenario: A wrong password is refused
    Given an agent who is signed out
    When someone reads the agent's user with a wrong password
    Then Finesse refuses with 401 and an Authorization Failure error, or with 401 and no body

  Scenario: A signed-out agent cannot become NOT_READY
    Given an agent who is signed out
    When the agent asks for NOT_READY
    Then Finesse refuses with an error of any type, at once (400) or after accepting (an empty 202, then an error notification)
    And no notification but the refusal arrives for the request during the quiet period
    And reading the agent back shows LOGOUT with no extension
