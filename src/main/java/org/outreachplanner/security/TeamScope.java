package org.outreachplanner.security;

import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which teams the current request may see, for code that reads or changes per-team data (weekly
 * schedules, visits). The path rules in {@link AccessRules} already keep other roles out; this is
 * the second check, made in the queries themselves, so that a team lead never reaches another
 * team's rows even through a path that does not name the team.
 *
 * <p>How schedule code uses it:
 *
 * <pre>{@code
 * // a listing: planners see every team, a team lead only their own
 * String team = teamScope.teamFilter();   // null = every team
 * jdbc.query("SELECT ... FROM visit WHERE (?::text IS NULL OR team_code = ?)", mapper, team, team);
 *
 * // one team named in the path: another team's code answers 404 and nothing is read or changed
 * teamScope.requireReadable(code);
 *
 * // a change (publish, edit): only planners
 * teamScope.requirePlanner();
 * }</pre>
 */
@Component
public class TeamScope {

  /**
   * The team code that every per-team query must be limited to: null for a planner (every team),
   * the lead's own team for a team lead.
   *
   * @throws ApiException 403 for anyone else, 404 for a lead without a team
   */
  public String teamFilter() {
    AppUser user = user();
    return switch (user.role()) {
      case PLANNER -> null;
      case TEAM_LEAD -> {
        if (user.teamCode() == null) {
          throw new ApiException(HttpStatus.NOT_FOUND, "api.noTeamBound");
        }
        yield user.teamCode();
      }
      case TELECOM_PARTNER -> throw forbidden();
    };
  }

  /** Whether the current user may read this team's data (planners: every team). */
  public boolean canRead(String teamCode) {
    return CurrentUser.get().map(user -> canRead(user, teamCode)).orElse(false);
  }

  static boolean canRead(AppUser user, String teamCode) {
    return switch (user.role()) {
      case PLANNER -> true;
      case TEAM_LEAD -> user.teamCode() != null && user.teamCode().equals(teamCode);
      case TELECOM_PARTNER -> false;
    };
  }

  /**
   * Refuses a team the current user may not read: 404 for a team lead (another team's data is not
   * even confirmed to exist), 403 for the roles that see no team data.
   */
  public void requireReadable(String teamCode) {
    AppUser user = user();
    if (canRead(user, teamCode)) {
      return;
    }
    if (user.role() == Role.TEAM_LEAD) {
      throw new ApiException(HttpStatus.NOT_FOUND, "api.noSuchTeam", teamCode);
    }
    throw forbidden();
  }

  /** Refuses anyone but a planner (403): changes to plans and schedules are theirs. */
  public void requirePlanner() {
    if (user().role() != Role.PLANNER) {
      throw forbidden();
    }
  }

  private static AppUser user() {
    return CurrentUser.get()
        .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "api.signInFirst"));
  }

  private static ApiException forbidden() {
    return new ApiException(HttpStatus.FORBIDDEN, "api.forbiddenRole");
  }
}
