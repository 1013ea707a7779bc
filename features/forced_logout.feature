@forced-logout
Feature: Finesse signs out an agent whose desktop is gone
  Finesse watches every agent's desktop. When the desktop goes offline, or its connection drops without a
  word, Finesse waits out a grace period (60 s on a lab, and noticing a silent desktop can take up to
  120 s more) and then signs the agent out with system reason 255; on UCCE, unless Logout On Agent
  Disconnect is on, it makes the agent NOT_READY instead. The suite's own notification session for the
  agent stays up all along: only the desktop goes. How long to wait is FINESSE_FORCED_LOGOUT_WAIT (180 s
  unless set), and whether UCCE signs the agent out is FINESSE_LOGOUT_ON_AGENT_DISCONNECT.

  Background:
    Given an agent who is signed in on their extension and NOT_READY
    And the agent's desktop is open

  Scenario: The agent's desktop goes offline
    When the agent's desktop goes offline
    Then within the forced logout wait the agent's notifications announce the lab's forced logout with reason 255: LOGOUT, or NOT_READY on UCCE without Logout On Agent Disconnect
    And reading the agent back shows the state of the forced logout

  Scenario: The agent's desktop connection drops without a word
    When the agent's desktop connection drops without a word
    Then within the forced logout wait the agent's notifications announce the lab's forced logout with reason 255: LOGOUT, or NOT_READY on UCCE without Logout On Agent Disconnect
    And reading the agent back shows the state of the forced logout
