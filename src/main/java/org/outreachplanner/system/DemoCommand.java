package org.outreachplanner.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.importer.ImportKind;
import org.outreachplanner.importer.ImportOptions;
import org.outreachplanner.importer.ImportReport;
import org.outreachplanner.importer.ImportService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole main job on the demo data: starts the database, loads {@code maps/demo} (a second run
 * changes nothing), plans and publishes this week's visits of the demo commune (once a week), then
 * serves the map.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Load the demo data (maps/demo) into the local database and serve the map.",
      "A second run is quick and changes no data."
    })
public class DemoCommand implements Callable<Integer> {

  /** The demo files in load order: communes before what refers to them. */
  static final List<DemoFile> FILES =
      List.of(
          new DemoFile(ImportKind.COMMUNES, "communes.geojson"),
          new DemoFile(ImportKind.VILLAGES, "villages.csv"),
          new DemoFile(ImportKind.TEAMS, "teams.csv"),
          new DemoFile(ImportKind.ROADS, "roads.geojson"),
          new DemoFile(ImportKind.SURVEYS, "surveys.csv"));

  record DemoFile(ImportKind kind, String name) {}

  @Option(
      names = "--data",
      description = "folder with the demo files (default: ${DEFAULT-VALUE})",
      defaultValue = "maps/demo")
  Path dataDir;

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE}, or OUTREACH_PORT)",
      defaultValue = "${env:OUTREACH_PORT:-8080}")
  int port;

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
    ConfigurableApplicationContext context = SpringContexts.web(ServeCommand.webProperties(port));
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
    // ---- schedules: this week's visits of the demo commune, planned and published once ----
    try {
      org.outreachplanner.schedule.DemoSchedules.planThisWeek(context, System.out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      context.close();
      return 1;
    }
    if (noServe) {
      context.close();
      return 0;
    }
    ServeCommand.printUrl(port);
    return ServeCommand.awaitClose(context);
  }
}
