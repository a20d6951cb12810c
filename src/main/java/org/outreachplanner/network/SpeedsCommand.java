package org.outreachplanner.network;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outreach speeds}: prints the speed profile and seasons; {@code speeds set} edits one. */
@Command(
    name = "speeds",
    mixinStandardHelpOptions = true,
    description = {
      "Print the speed profile (km/h by road class, surface, mode and season) and the rainy"
          + " months of each province.",
      "'*' is the fallback: surface '*' for a class, road class '*' for classes with no row."
    },
    subcommands = {SpeedsCommand.Set.class, SpeedsCommand.Seasons.class})
public class SpeedsCommand implements Callable<Integer> {

  private static final String[] COLUMNS = {
    "motorbike/dry", "motorbike/rainy", "on_foot/dry", "on_foot/rainy"
  };

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      SpeedProfileRepository speeds = context.getBean(SpeedProfileRepository.class);
      PrintWriter out = spec.commandLine().getOut();
      table(speeds.speeds()).forEach(out::println);
      out.println();
      out.println("Rainy months by province ('*': provinces without rows of their own):");
      for (SpeedProfileRepository.RainyMonths r : speeds.rainyMonths()) {
        out.println(
            "  "
                + r.provinceCode()
                + ": "
                + (r.months().isEmpty()
                    ? "none"
                    : r.months().stream().map(String::valueOf).collect(Collectors.joining(", "))));
      }
      out.flush();
      return 0;
    }
  }

  /** The rows as a table: one line per road class and surface, one column per mode and season. */
  static List<String> table(List<SpeedRow> rows) {
    Map<String, Map<String, Double>> byKind = new LinkedHashMap<>();
    for (SpeedRow r : rows) {
      byKind
          .computeIfAbsent(r.roadClass() + "\t" + r.surface(), k -> new LinkedHashMap<>())
          .put(r.mode() + "/" + r.season(), r.kmh());
    }
    String format = "%-14s %-9s %14s %16s %12s %14s";
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            format,
            "road_class",
            "surface",
            COLUMNS[0],
            COLUMNS[1],
            COLUMNS[2],
            COLUMNS[3]));
    for (Map.Entry<String, Map<String, Double>> e : byKind.entrySet()) {
      String[] kind = e.getKey().split("\t", 2);
      Object[] cells = new Object[6];
      cells[0] = kind[0];
      cells[1] = kind[1];
      for (int i = 0; i < COLUMNS.length; i++) {
        Double kmh = e.getValue().get(COLUMNS[i]);
        cells[i + 2] = kmh == null ? "-" : kmh(kmh);
      }
      lines.add(String.format(Locale.ROOT, format, cells));
    }
    return lines;
  }

  /** 60, 4.5. */
  static String kmh(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  /** {@code outreach speeds set CLASS SURFACE MODE SEASON KMH}: edits one row. */
  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Set the speed of one road class and surface for a mode and season (adds the row if"
            + " there is none). Takes effect at once: the network need not be rebuilt.",
        "Example: outreach speeds set track dirt motorbike rainy 8"
      })
  static class Set implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLASS", description = "road class, or '*'")
    String roadClass;

    @Parameters(index = "1", paramLabel = "SURFACE", description = "surface, or '*' for any")
    String surface;

    @Parameters(index = "2", paramLabel = "MODE", description = "motorbike or on_foot")
    String mode;

    @Parameters(index = "3", paramLabel = "SEASON", description = "dry or rainy")
    String season;

    @Parameters(index = "4", paramLabel = "KMH", description = "0 (closed) to 130")
    String kmh;

    @Option(names = "--note", paramLabel = "TEXT", description = "why")
    String note;

    @Override
    public Integer call() {
      SpeedChange change;
      try {
        change = SpeedChange.of(roadClass, surface, mode, season, kmh, note);
      } catch (InvalidSpeedException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("speed not changed:");
        e.problems().forEach(p -> err.println("  " + p.inCurrentLanguage()));
        err.flush();
        return 2;
      }
      try (ConfigurableApplicationContext context = SpringContexts.batch()) {
        SpeedRow row = context.getBean(SpeedProfileRepository.class).set(change);
        PrintWriter out = spec.commandLine().getOut();
        out.println(
            "speed set: "
                + row.roadClass()
                + " "
                + row.surface()
                + " "
                + row.mode()
                + " "
                + row.season()
                + " = "
                + kmh(row.kmh())
                + " km/h");
        out.flush();
        return 0;
      }
    }
  }

  /** {@code outreach speeds seasons PROVINCE MONTHS}: sets the rainy months of a province. */
  @Command(
      name = "seasons",
      mixinStandardHelpOptions = true,
      description = {
        "Set the rainy months of a province (the other months are dry); '*' is every province"
            + " without a calendar of its own. Takes effect at the next travel-time lookup.",
        "Examples: outreach speeds seasons 44 9-12    outreach speeds seasons '*' 5-10",
        "          outreach speeds seasons 12 11-2    outreach speeds seasons 12 none"
      })
  static class Seasons implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROVINCE", description = "province code, or '*'")
    String province;

    @Parameters(
        index = "1",
        paramLabel = "MONTHS",
        description = "rainy months: 5-10, 9,10,11,12, 11-2 (across the new year) or none")
    String months;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      try {
        List<Integer> rainy = SeasonCalendar.parse(months);
        try (ConfigurableApplicationContext context = SpringContexts.batch()) {
          SpeedProfileRepository.RainyMonths set =
              context.getBean(SeasonCalendar.class).set(province, rainy);
          PrintWriter out = spec.commandLine().getOut();
          out.println(
              "rainy months of "
                  + set.provinceCode()
                  + ": "
                  + (set.months().isEmpty()
                      ? "none"
                      : set.months().stream()
                          .map(String::valueOf)
                          .collect(Collectors.joining(", "))));
          out.flush();
          return 0;
        }
      } catch (InvalidSpeedException e) {
        err.println("seasons not changed:");
        e.problems().forEach(p -> err.println("  " + p.inCurrentLanguage()));
        err.flush();
        return 2;
      }
    }
  }
}
