package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.cli.OutreachCli;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** {@code outreach users …} and the demo users, run in-process as the launcher runs them. */
@DatabaseTest
class UsersCommandIT {

  private static final Pattern SHOWN = Pattern.compile("\\(shown only now\\): (\\S+)");

  @Autowired JdbcTemplate jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired DemoUsers demoUsers;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;
  private InputStream originalIn;

  @BeforeEach
  void capture() {
    BorderCommunes.load(jdbc);
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members)"
            + " VALUES ('T-CLI', '03439', 'CLI team', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)");
    removeUsers();
    originalOut = System.out;
    originalErr = System.err;
    originalIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
    System.setIn(originalIn);
    removeUsers();
  }

  private void removeUsers() {
    jdbc.update(
        "DELETE FROM app_user WHERE username LIKE 'cli-%' OR username IN ('planner', 'lead', 'partner')");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return OutreachCli.run(args);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String hash(String user) {
    return jdbc.queryForObject(
        "SELECT password_hash FROM app_user WHERE username = ?", String.class, user);
  }

  private static String shownPassword(String text) {
    Matcher m = SHOWN.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  @Test
  void addListChangeAndRemoveUsersWithHashedPasswords() {
    assertThat(
            run(
                "users",
                "add",
                "cli-planner",
                "--role",
                "planner",
                "--name",
                "Planning office",
                "--generate"))
        .isZero();
    String password = shownPassword(output());
    assertThat(password).hasSize(19);
    String stored = hash("cli-planner");
    assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(password);
    assertThat(encoder.matches(password, stored)).isTrue();

    assertThat(
            run("users", "add", "cli-lead", "--role", "team-lead", "--team", "T-CLI", "--generate"))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT team_code FROM team_lead WHERE username = 'cli-lead'", String.class))
        .isEqualTo("T-CLI");

    assertThat(run("users", "list")).isZero();
    assertThat(output())
        .containsPattern("cli-planner +PLANNER +- +Planning office")
        .containsPattern("cli-lead +TEAM_LEAD +T-CLI +cli-lead");

    System.setIn(new ByteArrayInputStream("fern-kettle-9-lamp\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(run("users", "passwd", "cli-planner", "--password-stdin")).isZero();
    assertThat(encoder.matches("fern-kettle-9-lamp", hash("cli-planner"))).isTrue();
    assertThat(output()).doesNotContain("fern-kettle-9-lamp");

    assertThat(run("users", "remove", "cli-lead")).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM team_lead WHERE username = 'cli-lead'", Integer.class))
        .isZero();
  }

  @Test
  void badRequestsAreRefusedBeforeAnyPasswordIsShownAndChangeNothing() {
    int before = jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class);
    assertThat(run("users", "add", "cli-x", "--role", "team_lead", "--team", "NOPE", "--generate"))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no team with the code 'NOPE'");
    assertThat(output()).doesNotContain("shown only now");

    assertThat(run("users", "add", "cli-x", "--role", "team_lead", "--generate")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("a team lead needs a team");

    assertThat(run("users", "add", "Bad Name", "--role", "planner", "--generate")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not valid");

    assertThat(run("users", "add", "cli-x", "--role", "admin", "--generate")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role 'admin'");

    System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(run("users", "add", "cli-x", "--role", "planner", "--password-stdin")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("too short");

    System.setIn(new ByteArrayInputStream("aaaaaaaaaa\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(run("users", "add", "cli-x", "--role", "planner", "--password-stdin")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "the password is too easy to guess: about ",
            "as it repeats characters or a group of them.");

    assertThat(run("users", "passwd", "cli-nobody", "--generate")).isEqualTo(1);
    assertThat(run("users", "remove", "cli-nobody")).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void theDemoUsersGetPasswordsOnceAndASecondRunKeepsThem() {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    demoUsers.ensure(new PrintStream(first, true, StandardCharsets.UTF_8));
    String text = first.toString(StandardCharsets.UTF_8);
    for (String user : List.of("planner", "lead", "partner")) {
      assertThat(text).containsPattern("Demo user " + user + " .*shown only now");
    }
    String planner =
        text.lines().filter(l -> l.contains("Demo user planner")).findFirst().orElseThrow();
    assertThat(encoder.matches(shownPassword(planner), hash("planner"))).isTrue();
    assertThat(text).contains("lead (TEAM_LEAD, team T-CLI)");
    String hashes = hash("planner") + hash("lead") + hash("partner");

    ByteArrayOutputStream second = new ByteArrayOutputStream();
    demoUsers.ensure(new PrintStream(second, true, StandardCharsets.UTF_8));
    assertThat(second.toString(StandardCharsets.UTF_8))
        .contains("Demo user planner (PLANNER) exists; its password is unchanged")
        .doesNotContain("shown only now");
    assertThat(hash("planner") + hash("lead") + hash("partner")).isEqualTo(hashes);
  }
}
