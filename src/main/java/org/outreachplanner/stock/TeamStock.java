package org.outreachplanner.stock;

import java.time.LocalDate;
import java.util.List;

/**
 * What a team has of SIM cards and loaner phones, from the ledger (docs/progress.md). A figure is
 * null (unknown) while nothing was ever recorded for that item: a team whose stock nobody counted
 * is not a team with none.
 *
 * @param team the team's code
 * @param simsReceived SIM cards received
 * @param simsHandedOut handed out to residents (visit reports)
 * @param simsLost lost or spoiled
 * @param simsOnHand received less handed out and lost
 * @param phonesReceived loaner phones received
 * @param phonesLent lent to residents (visit reports)
 * @param phonesReturned given back (visit reports)
 * @param phonesLost lost (at a village: a lent phone that will not come back)
 * @param phonesOut lent and not yet returned nor lost
 * @param phonesOnHand received less lost and out
 * @param phonesOutByVillage where the phones still out are
 */
public record TeamStock(
    String team,
    Integer simsReceived,
    Integer simsHandedOut,
    Integer simsLost,
    Integer simsOnHand,
    Integer phonesReceived,
    Integer phonesLent,
    Integer phonesReturned,
    Integer phonesLost,
    Integer phonesOut,
    Integer phonesOnHand,
    List<PhonesOut> phonesOutByVillage) {

  /**
   * Loaner phones still out at a village.
   *
   * @param village the village's code
   * @param name its name
   * @param team the team that lent them
   * @param phones how many are still out
   * @param lastLent the last day phones were lent there (a return visit is due from it)
   */
  public record PhonesOut(
      String village, String name, String team, int phones, LocalDate lastLent) {}
}
