package org.outreachplanner.network;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.outreachplanner.SpringContexts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outreach import-dem FILE...}: loads an elevation model for walking times on slopes. */
@Command(
    name = "import-dem",
    mixinStandardHelpOptions = true,
    description = {
      "Load an elevation model (GeoTIFF or SRTM .hgt files, all in one CRS), replacing the one"
          + " loaded before, and fill the climb and descent of the network's edges from it.",
      "On foot, travel times then follow Tobler's hiking function (see docs/travel-times.md).",
      "Exit code: 0 loaded, 1 refused (nothing changed), 2 bad usage."
    })
public class DemCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "GeoTIFF (.tif) or SRTM (.hgt)")
  List<Path> files;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = SpringContexts.batch()) {
      DemImporter.Result r;
      try {
        r = context.getBean(DemImporter.class).importFiles(files);
      } catch (DemRejectedException e) {
        spec.commandLine()
            .getErr()
            .println("elevation model not loaded: " + e.text().inCurrentLanguage());
        spec.commandLine().getErr().flush();
        return 1;
      }
      spec.commandLine()
          .getOut()
          .println(
              "elevation model loaded: "
                  + r.files()
                  + (r.files() == 1 ? " file, " : " files, ")
                  + r.tiles()
                  + " tiles in EPSG:"
                  + r.srid()
                  + "; climb and descent of "
                  + r.edgesWithElevation()
                  + " of "
                  + r.edges()
                  + " edges");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
