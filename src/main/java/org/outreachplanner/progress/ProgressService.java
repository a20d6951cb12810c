package org.outreachplanner.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.outreachplanner.i18n.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The weekly series of an area up to a day; the API and {@code outreach progress} share it. */
@Service
class ProgressService {

  static final int DEFAULT_WEEKS = 12;
  static final int MAX_WEEKS = 104;

  private final ProgressRepository progress;

  ProgressService(ProgressRepository progress) {
    this.progress = progress;
  }

  /**
   * The series of {@code weeks} weeks whose last holds {@code until}.
   *
   * @param area a commune, province or village code
   * @param weeks 1 to {@value #MAX_WEEKS}, or null for {@value #DEFAULT_WEEKS}
   * @param until a day of the last week, or null for today
   */
  ProgressSeries series(String area, Integer weeks, LocalDate until) {
    return series(area, weeks, until, false);
  }

  /** The series of a village only ({@code code} names no other kind of area). */
  ProgressSeries village(String code, Integer weeks, LocalDate until) {
    return series(code, weeks, until, true);
  }

  private ProgressSeries series(String area, Integer weeks, LocalDate until, boolean village) {
    int n = weeks == null ? DEFAULT_WEEKS : weeks;
    if (n < 1 || n > MAX_WEEKS) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "progress.request.weeks",
          String.valueOf(MAX_WEEKS),
          String.valueOf(n));
    }
    if (area == null || area.isBlank()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "progress.request.areaMissing");
    }
    ProgressRepository.Area found = progress.area(area.strip());
    if (found == null || (village && !found.kind().equals("village"))) {
      throw new ApiException(HttpStatus.NOT_FOUND, "progress.request.noArea", area.strip());
    }
    LocalDate last =
        (until == null ? LocalDate.now() : until)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return progress.series(found, last.minusWeeks(n - 1L), n);
  }
}
