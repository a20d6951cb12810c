package org.outreachplanner.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * One signed-in user per role for the web tests, created in {@code app_user} when the {@link
 * WebTest} context starts (and kept: the tests' table clearing does not touch users). The lead is
 * bound to no team until a test calls {@link #bindLead}, because the tests empty the team table.
 * Their hashes use bcrypt's lowest cost, so that the many requests of the suite stay quick.
 */
public final class TestUsers implements InitializingBean {

  /** A test user and its password (test data, valid only in the test database). */
  public record TestUser(String username, String password, String role) {

    /** The value of an HTTP Basic Authorization header for this user. */
    public String basicAuthorization() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  public static final TestUser PLANNER = new TestUser("test-planner", "planner-test-pw", "PLANNER");
  public static final TestUser TEAM_LEAD = new TestUser("test-lead", "lead-test-pw-1", "TEAM_LEAD");
  public static final TestUser PARTNER =
      new TestUser("test-partner", "partner-test-pw", "TELECOM_PARTNER");
  public static final List<TestUser> ALL = List.of(PLANNER, TEAM_LEAD, PARTNER);

  private final JdbcTemplate jdbc;

  public TestUsers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void afterPropertiesSet() {
    BCryptPasswordEncoder quick = new BCryptPasswordEncoder(4);
    for (TestUser user : ALL) {
      jdbc.update(
          "INSERT INTO app_user (username, password_hash, role, display_name)"
              + " VALUES (?, ?, ?, ?)"
              + " ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash,"
              + " role = EXCLUDED.role, enabled = true",
          user.username(),
          "{bcrypt}" + quick.encode(user.password()),
          user.role(),
          "Test " + user.role().toLowerCase().replace('_', ' '));
    }
  }

  /** Makes {@link #TEAM_LEAD} the lead of this (existing) team. */
  public static void bindLead(JdbcTemplate jdbc, String teamCode) {
    jdbc.update(
        "INSERT INTO team_lead (username, team_code) VALUES (?, ?)"
            + " ON CONFLICT (username) DO UPDATE SET team_code = EXCLUDED.team_code",
        TEAM_LEAD.username(),
        teamCode);
  }
}
