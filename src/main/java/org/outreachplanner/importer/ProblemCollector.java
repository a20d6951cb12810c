package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.outreachplanner.i18n.Text;

/**
 * Collects the problems of one import: all are counted, the first {@code limit} are kept. Points
 * outside the planning region are one problem whatever their number, when there are several: it
 * counts them, names the first few and says which setting changes the region (an extract of a
 * neighbouring area would otherwise give one line per feature); a single one says so too.
 */
public final class ProblemCollector {

  /**
   * The key of a point outside the region: the point's own text ({@code
   * imports.coordinates.outsideRegion}) and the setting that changes the region.
   */
  static final String OUTSIDE_REGION = "imports.coordinates.outsideRegionSetting";

  /** How many features outside the region the grouped problem names. */
  static final int OUTSIDE_NAMED = 5;

  private final String fileName;
  private final int limit;
  private final List<ImportProblem> kept = new ArrayList<>();
  private int count;
  private final List<ImportProblem> outside = new ArrayList<>();
  private int outsideCount;
  private int outsideAt = -1;
  private final Map<String, Text> notices = new LinkedHashMap<>();
  private Map<String, String> writtenColumns = Map.of();
  private String sheet;

  public ProblemCollector(String fileName, int limit) {
    this.fileName = fileName;
    this.limit = limit;
  }

  public void add(ImportProblem problem) {
    count++;
    if (problem.feature() != null
        && problem.reason() != null
        && OUTSIDE_REGION.equals(problem.reason().key())) {
      outsideCount++;
      if (outside.size() < OUTSIDE_NAMED) {
        outside.add(problem);
      }
      if (outsideAt < 0) {
        outsideAt = kept.size();
      }
      return;
    }
    if (kept.size() < limit) {
      kept.add(problem);
    }
  }

  /** Adds a problem of this file's feature {@code feature} (null: the whole file). */
  public void add(Long feature, String column, Text reason) {
    String written = column == null ? null : writtenColumns.getOrDefault(column, column);
    add(new ImportProblem(fileName, feature == null ? null : sheet, feature, written, reason));
  }

  /** Names the sheet in the problems of a spreadsheet's rows (null: the file is no spreadsheet). */
  void nameSheet(String sheetName) {
    sheet = sheetName;
  }

  /**
   * Names columns in problems as the file writes them (canonical name → the file's header), for a
   * file whose headers people wrote (a spreadsheet's {@code Số hộ} rather than {@code households}).
   */
  void nameColumnsAsWritten(Map<String, String> written) {
    writtenColumns = Map.copyOf(written);
  }

  /**
   * Records a notice: something a successful import assumed or left out that the person importing
   * should know (one per {@code key}; a later one with the same key replaces it).
   */
  public void notice(String key, Text text) {
    notices.put(key, text);
  }

  /** The notices, in the order first recorded. */
  public List<Text> notices() {
    return List.copyOf(notices.values());
  }

  public boolean isEmpty() {
    return count == 0;
  }

  public int count() {
    return count;
  }

  public List<ImportProblem> kept() {
    List<ImportProblem> all = new ArrayList<>(kept);
    if (outsideCount == 1) {
      all.add(outsideAt, outside.get(0));
    } else if (outsideCount > 1) {
      all.add(outsideAt, outsideGrouped());
    }
    return List.copyOf(all.subList(0, Math.min(all.size(), Math.max(limit, 1))));
  }

  /** The one problem of every feature outside the region. */
  private ImportProblem outsideGrouped() {
    String numbers =
        outside.stream().map(p -> String.valueOf(p.feature())).collect(Collectors.joining(", "))
            + (outsideCount > outside.size() ? " …" : "");
    Text which =
        FeatureCheck.isCsv(fileName)
            ? Text.of("imports.at.rows", numbers)
            : Text.of("imports.at.features", numbers);
    return ImportProblem.ofFile(
        fileName,
        Text.of(
            "imports.coordinates.outsideRegionGrouped",
            outsideCount,
            which,
            outside.get(0).reason().args().get(0)));
  }

  public ImportRejectedException toException() {
    return new ImportRejectedException(kept(), count);
  }
}
