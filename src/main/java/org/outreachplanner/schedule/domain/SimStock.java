package org.outreachplanner.schedule.domain;

/**
 * The SIM cards a team has on hand (received less handed out and lost, from the stock ledger) and
 * what its published visits kept in the horizon are expected to hand out. A team whose SIM cards
 * nobody recorded has no such fact: its stock is unknown, which limits nothing.
 *
 * @param teamCode the team's code
 * @param onHand SIM cards on hand, 0 or more
 * @param keptDemand SIM cards the kept visits not yet reported are expected to hand out
 */
public record SimStock(String teamCode, int onHand, int keptDemand) {

  /** SIM cards left for the visits being planned (negative when the kept ones need more). */
  public int left() {
    return onHand - keptDemand;
  }
}
