package org.outreachplanner.security;

import java.io.PrintStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's three users: a planner, the lead of the first demo team, a telecom partner. Their
 * passwords are generated, stored hashed and printed once; a second demo run leaves existing users
 * alone and says so (new passwords: {@code ./outreach users passwd NAME --generate}).
 */
@Component
public class DemoUsers {

  private final UserAccounts accounts;
  private final JdbcTemplate jdbc;

  DemoUsers(UserAccounts accounts, JdbcTemplate jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  /** Creates the missing demo users and prints what happened. */
  public void ensure(PrintStream out) {
    // the demo lead leads a team with the most visits in a published week, so that their page
    // shows a schedule; without one, the first team
    List<String> teams =
        jdbc.queryForList(
            "SELECT code FROM team t ORDER BY (SELECT count(*) FROM schedule_visit v"
                + " JOIN schedule_plan p ON p.id = v.plan_id"
                + " WHERE v.team_code = t.code AND p.status = 'PUBLISHED') DESC, code LIMIT 1",
            String.class);
    String team = teams.isEmpty() ? null : teams.get(0);
    List<AppUser> wanted =
        new java.util.ArrayList<>(
            List.of(
                new AppUser("planner", "Demo planner", Role.PLANNER, null, true),
                new AppUser("partner", "Demo telecom partner", Role.TELECOM_PARTNER, null, true)));
    if (team != null) {
      wanted.add(1, new AppUser("lead", "Demo team lead", Role.TEAM_LEAD, team, true));
    }
    out.println();
    for (AppUser user : wanted) {
      String what = user.role() + (user.teamCode() == null ? "" : ", team " + user.teamCode());
      if (accounts.exists(user.username())) {
        out.println(
            "Demo user "
                + user.username()
                + " ("
                + what
                + ") exists; its password is unchanged"
                + " (new one: ./outreach users passwd "
                + user.username()
                + " --generate)");
        continue;
      }
      char[] password = PasswordGenerator.generate();
      String shown = new String(password);
      accounts.add(user, password);
      out.println(
          "Demo user " + user.username() + " (" + what + "), password (shown only now): " + shown);
    }
  }
}
