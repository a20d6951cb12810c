package org.outreachplanner.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waiting in tests: for a condition, polled until it holds, never for a fixed time. The deadlines
 * are generous (a busy machine with two cores is slow, not broken): a wait that runs out fails with
 * what was awaited, and a condition that holds at once costs no wait at all.
 */
public final class Waits {

  /** How long a test waits for something that should happen in a moment. */
  public static final Duration DEADLINE = Duration.ofMinutes(2);

  /** How long a test waits for a solve to end (longer than any time limit the tests ask for). */
  public static final Duration SOLVE_DEADLINE = Duration.ofMinutes(3);

  private Waits() {}

  /**
   * A wait for {@code what} (named in the failure), polled in the test's own thread every 100 ms,
   * the first time at once, for at most DEADLINE.
   */
  public static ConditionFactory until(String what) {
    return Awaitility.await(what)
        .atMost(DEADLINE)
        .pollInSameThread()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100));
  }

  /**
   * A wait in a browser for at most DEADLINE, polled every 100 ms (Selenium's own default of 500 ms
   * adds up to half a second to every wait that does not hold at once).
   */
  public static WebDriverWait browser(WebDriver driver) {
    return browser(driver, DEADLINE);
  }

  /** The same, for at most {@code deadline}. */
  public static WebDriverWait browser(WebDriver driver, Duration deadline) {
    return new WebDriverWait(driver, deadline, Duration.ofMillis(100));
  }

  /** The plan once its solve is over (its status no longer SOLVING), read as this client. */
  public static JsonNode solveOver(ApiClient api, long id) {
    return until("schedule " + id + " to finish solving")
        .atMost(SOLVE_DEADLINE)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> api.json("/api/schedules/" + id),
            plan -> !plan.path("status").asText().equals("SOLVING"));
  }
}
