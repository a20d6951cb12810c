package org.outreachplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.outreachplanner.traveltime.TravelTimesCommand;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole main job on the demo data: starts the database, loads {@code maps/demo}, builds the
 * road network and computes the travel times, computes the coverage layer (a second run changes
 * nothing), plans and publishes the showcase plans of the coming weeks (DemoSchedules: Dân Hóa's
 * public-service centre team and Thu Lũm's teams with the Ka Lăng border post's; once), creates the
 * demo users, then serves the map.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Load the demo data (maps/demo) into the local database, build the road network, compute"
          + " the travel times and serve the map.",
      "A second run is quick and changes no data."
    })
public class DemoCommand implements Callable<Integer> {

  /** The demo files in load order: communes before what refers to them. */
  static final List<DemoFile> FILES =
      List.of(
          new DemoFile(ImportKind.COMMUNES, "communes.geojson"),
          new DemoFile(ImportKind.VILLAGES, "villages.csv"),
          new DemoFile(ImportKind.TEAMS, "teams.csv"),
          new DemoFile(ImportKind.TEAMS, "showcase-teams.csv"),
          new DemoFile(ImportKind.ROADS, "roads.geojson"),
          new DemoFile(ImportKind.SURVEYS, "surveys.csv"));

  record DemoFile(ImportKind kind, String name) {}

  @Option(
      names = "--data",
      description = "folder with the demo files (default: ${DEFAULT-VALUE})",
      defaultValue = "maps/demo")
  Path dataDir;

  @Mixin WebServer server;

  @Option(names = "--no-serve", description = "load the data, then exit instead of serving")
  boolean noServe;

  @Override
  public Integer call() {
    for (DemoFile f : FILES) {
      if (!Files.isRegularFile(dataDir.resolve(f.name()))) {
        System.err.println("error: demo file missing: " + dataDir.resolve(f.name()));
        return 1;
      }
    }
    ConfigurableApplicationContext context = server.start();
    ImportService imports = context.getBean(ImportService.class);
    for (DemoFile f : FILES) {
      Path file = dataDir.resolve(f.name());
      ImportReport report =
          imports.importFile(f.kind(), file, ImportOptions.defaults(file.getFileName().toString()));
      System.out.println(report.summary());
      if (!report.succeeded()) {
        context.close();
        return 1;
      }
    }
    // the road network and the travel times of every province (skipped when nothing changed)
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    if (TravelTimesCommand.computeAll(context, out, err) != 0) {
      context.close();
      return 1;
    }
    // a separate step: the coverage layer of the data loaded (unchanged data: nothing to do)
    System.out.println(
        org.outreachplanner.coverage.CoverageCommand.summary(
            context
                .getBean(org.outreachplanner.coverage.CoverageService.class)
                .recompute(false, org.outreachplanner.coverage.CoverageService.Progress.NONE)));
    // ---- schedules: the showcase plans of the coming weeks, planned and published once ----
    try {
      org.outreachplanner.schedule.DemoSchedules.planComingWeek(context, System.out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      context.close();
      return 1;
    }
    context.getBean(org.outreachplanner.security.DemoUsers.class).ensure(System.out);
    if (noServe) {
      context.close();
      return 0;
    }
    return server.serve(context);
  }
}
