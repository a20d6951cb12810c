package org.outreachplanner.security;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code app_user} and {@code team_lead} tables. Passwords come in already hashed. */
@Repository
public class UserRepository {

  private static final String SELECT =
      "SELECT u.username, u.display_name, u.role, l.team_code, u.enabled, u.password_hash"
          + " FROM app_user u LEFT JOIN team_lead l ON l.username = u.username";

  private static final RowMapper<StoredUser> ROW =
      (rs, n) ->
          new StoredUser(
              new AppUser(
                  rs.getString("username"),
                  rs.getString("display_name"),
                  Role.valueOf(rs.getString("role")),
                  rs.getString("team_code"),
                  rs.getBoolean("enabled")),
              rs.getString("password_hash"));

  /** A user with the stored password hash, for signing in. */
  public record StoredUser(AppUser user, String passwordHash) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;

  public UserRepository(JdbcTemplate jdbc, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.tx = tx;
  }

  public Optional<StoredUser> find(String username) {
    return jdbc.query(SELECT + " WHERE u.username = ?", ROW, username).stream().findFirst();
  }

  public List<AppUser> list() {
    return jdbc.query(SELECT + " ORDER BY u.username", ROW).stream().map(StoredUser::user).toList();
  }

  public boolean exists(String username) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM app_user WHERE username = ?)", Boolean.class, username));
  }

  public boolean teamExists(String teamCode) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT EXISTS (SELECT 1 FROM team WHERE code = ?)", Boolean.class, teamCode));
  }

  /**
   * Adds a user; a team lead is bound to their team in the same transaction.
   *
   * @throws IllegalArgumentException when the user is malformed or cannot be stored (name taken,
   *     unknown team)
   */
  public void add(AppUser user, String passwordHash) {
    UserRules.check(user);
    if (exists(user.username())) {
      throw new IllegalArgumentException("a user named '" + user.username() + "' exists already");
    }
    if (user.role() == Role.TEAM_LEAD && !teamExists(user.teamCode())) {
      throw new IllegalArgumentException(
          "there is no team with the code '" + user.teamCode() + "'");
    }
    try {
      tx.executeWithoutResult(
          s -> {
            jdbc.update(
                "INSERT INTO app_user (username, password_hash, role, display_name, enabled)"
                    + " VALUES (?, ?, ?, ?, ?)",
                user.username(),
                passwordHash,
                user.role().name(),
                user.displayName(),
                user.enabled());
            if (user.role() == Role.TEAM_LEAD) {
              jdbc.update(
                  "INSERT INTO team_lead (username, team_code) VALUES (?, ?)",
                  user.username(),
                  user.teamCode());
            }
          });
    } catch (DataIntegrityViolationException e) {
      throw new IllegalArgumentException(
          "the user '" + user.username() + "' could not be stored: " + rootMessage(e), e);
    }
  }

  /** Replaces a user's password hash; false when there is no such user. */
  public boolean changePassword(String username, String passwordHash) {
    return jdbc.update(
            "UPDATE app_user SET password_hash = ?, updated_at = now() WHERE username = ?",
            passwordHash,
            username)
        == 1;
  }

  /** Removes a user (and their team binding); false when there is no such user. */
  public boolean remove(String username) {
    return jdbc.update("DELETE FROM app_user WHERE username = ?", username) == 1;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
