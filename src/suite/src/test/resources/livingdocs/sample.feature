@sign-out
Feature: A sample for the living documentation's reader
  What the reader must make of each outcome Cucumber can report.

  Scenario: A scenario that passes
    Given a step that passes
    Then a step that passes

  Scenario: A scenario that fails
    Given a step that passes
    Then a step that fails with "the agent read NOT_READY, not LOGOUT"
    And a step that passes

  @two-sides
  Scenario: A scenario that is skipped
    Given a step that is skipped because "this lab is tested on one node"

  @not-this-time
  Scenario: A scenario left out by the tag filter
    Given a step that passes

  Scenario Outline: An outline
    Given a step that passes with <state>

    Examples:
      | state    |
      | READY    |
      | NOT_READY |
