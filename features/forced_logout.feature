@forced-logout
Feature: Finesse signs out an agent whose desktop is gone
  Finesse watches the presence of every agent's desktop. When the desktop goes offline, or its connection drops
  without a word, Finesse waits out a grace period (60 s on a lab, and noticing a silent desktop can take up to
  120 s more) and then signs the agent out with system reason 255; on UCCE, unless Logout On Agent Disconnect is
  on, it makes the agent NOT_READY instead. The guide does not say whether another session of the same user keeps
  the agent online, so the suite's own notification session for the agent closes first and the desktop is the
  agent's last session: the scenarios hold whether Finesse follows the desktop alone or the user as a whole.
  Finesse's verdict is then seen by a supervisor watching the agent's team (FINESSE_SUPERVISORS), or, on a lab
  with no supervisor, by reading the agent back now and then; afterwards the suite's session for the agent opens
  again. How long to wait is FINESSE_FORCED_LOGOUT_WAIT (180 s unless set), and whether UCCE signs the agent out
  is FINESSE_LOGOUT_ON_AGENT_DISCONNECT. On a deployment of two nodes, a desktop that drops and signs in again on
  the other side races the first side's forced logout: the guide says the agent may then be signed out (or made
  NOT_READY) all the same, so either outcome passes and the report says which one the lab showed.

  Background:
    Given a supervisor watching their team's notifications, if the lab has one
    And an agent of that team, or any agent if the lab has no supervisor, who is signed in on their extension and NOT_READY
    And the agent's desktop is open

  Scenario: The agent's desktop goes offline
    When the suite's own notification session for the agent closes, leaving the desktop as the agent's only session
    And the agent's desktop goes offline
    Then within the forced logout wait Finesse makes the agent LOGOUT, or NOT_READY on UCCE without Logout On Agent Disconnect: the supervisor's team notifications announce it or, if the lab has no supervisor, reading the agent back shows it
    And the forced logout's reason is 255, as shown there or, if a notification shows no reason, on reading the agent back
    And the suite's own notification session for the agent opens again, and reading the agent back shows the state of the forced logout

  Scenario: The agent's desktop connection drops without a word
    When the suite's own notification session for the agent closes, leaving the desktop as the agent's only session
    And the agent's desktop connection drops without a word
    Then within the forced logout wait Finesse makes the agent LOGOUT, or NOT_READY on UCCE without Logout On Agent Disconnect: the supervisor's team notifications announce it or, if the lab has no supervisor, reading the agent back shows it
    And the forced logout's reason is 255, as shown there or, if a notification shows no reason, on reading the agent back
    And the suite's own notification session for the agent opens again, and reading the agent back shows the state of the forced logout

  @two-sides
  Scenario: The agent's desktop moves to the other side while the first side notices it gone
    When the suite's own notification session for the agent closes, leaving the desktop as the agent's only session
    And the agent's desktop connection drops without a word, and the desktop signs in again on the other side
    Then within the forced logout wait the agent either keeps its state or Finesse applies its forced logout with reason 255, as the guide's failover race allows, and the report says which
    And the suite's own notification session for the agent opens again, and reading the agent back shows the state of the forced logout
