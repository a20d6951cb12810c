package org.outreachplanner.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outreach users add|list|passwd|remove}: the people who may sign in. A password is typed at
 * a prompt (twice), read from standard input with {@code --password-stdin}, or generated with
 * {@code --generate} and printed once; it is never an argument, so it stays out of shell history
 * and process lists.
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Manage the people who may sign in: planners, team leads, telecom partners.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Passwd.class,
      UsersCommand.Remove.class
    })
public class UsersCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the password comes from. */
  static class PasswordSource {
    @Option(names = "--generate", description = "generate a password and print it once")
    boolean generate;

    @Option(
        names = "--password-stdin",
        description = "read the password from the first line of standard input")
    boolean stdin;
  }

  /** The password per the options: generated (and printed), from stdin, or typed twice. */
  static char[] password(PasswordSource source, PrintWriter out, String username) {
    if (source != null && source.generate) {
      char[] password = PasswordGenerator.generate();
      out.println("Password for " + username + " (shown only now): " + new String(password));
      return password;
    }
    if (source != null && source.stdin) {
      try {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
          throw new IllegalArgumentException("no password on standard input");
        }
        return line.toCharArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Console console = System.console();
    if (console == null) {
      throw new IllegalArgumentException(
          "no terminal to type the password at: use --generate or --password-stdin");
    }
    char[] first = console.readPassword("Password for %s: ", username);
    char[] second = console.readPassword("The same password again: ");
    if (first == null || second == null || !Arrays.equals(first, second)) {
      throw new IllegalArgumentException("the two passwords differ; nothing was changed");
    }
    Arrays.fill(second, '\0');
    return first;
  }

  static <T> T withAccounts(Function<UserAccounts, T> job) {
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      return job.apply(context.getBean(UserAccounts.class));
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
  static class Add implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "user name: lower-case letters, digits, '.', '_', '-'")
    String username;

    @Option(
        names = "--role",
        required = true,
        description = "PLANNER, TEAM_LEAD or TELECOM_PARTNER")
    String role;

    @Option(names = "--team", description = "the team's code (team leads only)")
    String team;

    @Option(names = "--name", description = "the name shown on the pages (default: the user name)")
    String displayName;

    @ArgGroup(exclusive = true)
    PasswordSource source;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      AppUser user =
          new AppUser(
              username, displayName == null ? username : displayName, Role.parse(role), team, true);
      UserRules.check(user);
      return withAccounts(
          accounts -> {
            accounts.checkNew(user);
            accounts.add(user, password(source, out, username));
            out.println(
                "Added "
                    + username
                    + " ("
                    + user.role()
                    + (team == null ? "" : ", team " + team)
                    + ")");
            out.flush();
            return 0;
          });
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users.")
  static class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<AppUser> users = withAccounts(UserAccounts::list);
      String format = "%-24s %-16s %-12s %s";
      out.println(String.format(Locale.ROOT, format, "user", "role", "team", "name"));
      for (AppUser u : users) {
        out.println(
            String.format(
                Locale.ROOT,
                format,
                u.username(),
                u.role(),
                u.teamCode() == null ? (u.role() == Role.TEAM_LEAD ? "(none)" : "-") : u.teamCode(),
                u.displayName()));
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "passwd",
      mixinStandardHelpOptions = true,
      description = "Give a user a new password.")
  static class Passwd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "user name")
    String username;

    @ArgGroup(exclusive = true)
    PasswordSource source;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return withAccounts(
          accounts -> {
            if (!accounts.exists(username)) {
              throw new IllegalArgumentException("there is no user named '" + username + "'");
            }
            accounts.changePassword(username, password(source, out, username));
            out.println("Changed the password of " + username);
            out.flush();
            return 0;
          });
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user.")
  static class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", description = "user name")
    String username;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      boolean removed = withAccounts(accounts -> accounts.remove(username));
      if (!removed) {
        throw new IllegalArgumentException("there is no user named '" + username + "'");
      }
      out.println("Removed " + username);
      out.flush();
      return 0;
    }
  }
}
