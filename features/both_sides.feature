@two-sides
Feature: Both sides of the deployment serve the same agents
  A Finesse deployment on Unified CCE is two nodes, a primary and a secondary. Each has its own REST API and
  its own notification service, and both serve the same agents from the same CTI server: a change made
  through either side is announced by both sides and reads back the same on both. Desktops are spread over
  the two sides, so an ordinary run spreads its agents over them too. Whether the side that did not take a
  request echoes its requestId is not documented: the suite accepts both and reports which one the lab used.
  A lab with one node skips these scenarios.

  Background:
    Given an agent who is signed in on their extension and NOT_READY
    And the agent's notifications are heard on both sides of the deployment

  Scenario: An agent signed in through one side signs out through the other
    When the agent signs out through the other side
    Then Finesse accepts the request with 202 Accepted and an empty body
    And the other side's notifications announce LOGOUT within the event timeout
    And the agent's own side's notifications announce LOGOUT within the event timeout
    And reading the agent back from either side shows LOGOUT with no extension

  Scenario: A change made through one side is announced and read back on the other
    When the agent becomes READY
    Then Finesse accepts the request with 200 OK or 202 Accepted and an empty body
    And the agent's notifications announce READY within the event timeout
    And the other side's notifications announce READY within the event timeout
    And reading the agent back from the other side shows READY
