package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.i18n.Text;

/** Collects the problems of one import: all are counted, the first {@code limit} are kept. */
public final class ProblemCollector {

  private final String fileName;
  private final int limit;
  private final List<ImportProblem> kept = new ArrayList<>();
  private int count;
  private final Map<String, Text> notices = new LinkedHashMap<>();

  public ProblemCollector(String fileName, int limit) {
    this.fileName = fileName;
    this.limit = limit;
  }

  public void add(ImportProblem problem) {
    count++;
    if (kept.size() < limit) {
      kept.add(problem);
    }
  }

  /** Adds a problem of this file's feature {@code feature} (null: the whole file). */
  public void add(Long feature, String column, Text reason) {
    add(new ImportProblem(fileName, feature, column, reason));
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
    return List.copyOf(kept);
  }

  public ImportRejectedException toException() {
    return new ImportRejectedException(kept, count);
  }
}
