package org.outreachplanner.network;

import java.util.List;
import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;

/** A speed edit that was refused, with every reason; nothing was changed. */
public class InvalidSpeedException extends IllegalArgumentException implements LocalizedException {

  private final transient List<Text> problems;

  public InvalidSpeedException(List<Text> problems) {
    super(RoadTexts.semicolons(problems).english());
    this.problems = List.copyOf(problems);
  }

  public List<Text> problems() {
    return problems;
  }

  /** Every reason, separated by semicolons. */
  @Override
  public Text text() {
    return RoadTexts.semicolons(problems);
  }
}
