package org.outreachplanner.vrptune;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.optaplanner.persistence.common.api.domain.solution.SolutionFileIO;
import org.outreachplanner.schedule.domain.Initializer;
import org.outreachplanner.schedule.domain.Schedule;
import org.outreachplanner.vrpbench.VrpProblems;
import org.outreachplanner.vrpbench.VrpSuite;

/**
 * Lets OptaPlanner's benchmarker read a Solomon or Cordeau instance file as the project's own
 * problem, through the routing benchmark's adapters (the same start plan as {@code ./outreach
 * benchmark solver}): a file under a folder named pvrp-cordeau is a Cordeau PVRP instance, any
 * other a Solomon one. Writing writes the routes, one line per team-day.
 */
public class VrpInstanceFileIO implements SolutionFileIO<Schedule> {

  @Override
  public String getInputFileExtension() {
    return "txt";
  }

  @Override
  public Schedule read(File inputFile) {
    Path file = inputFile.toPath();
    Path dir = file.toAbsolutePath().getParent();
    String suite =
        dir != null && dir.getFileName().toString().equals("pvrp-cordeau") ? "pvrp" : "solomon";
    Schedule problem = VrpProblems.schedule(VrpSuite.read(suite, file));
    Initializer.initialize(problem);
    return problem;
  }

  @Override
  public void write(Schedule solution, File outputFile) {
    String routes =
        VrpProblems.solution(solution).routes().stream()
            .map(r -> "day " + r.day() + ": " + r.customers())
            .collect(Collectors.joining("\n", "", "\n"));
    try {
      Files.writeString(outputFile.toPath(), "score " + solution.getScore() + "\n" + routes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + outputFile, e);
    }
  }
}
