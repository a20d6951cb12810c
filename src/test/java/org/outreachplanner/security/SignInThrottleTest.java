package org.outreachplanner.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's counting on a clock the test moves: 3 failures per name, 5 per address. */
class SignInThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final SignInThrottle throttle =
      new SignInThrottle(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15), 4, clock);

  @Test
  void aNameIsHeldBackAfterItsFailuresForTheCoolDownOnly() {
    for (int i = 0; i < 2; i++) {
      throttle.failed("ana", "10.0.0.1");
    }
    assertThat(throttle.refusedFor("ana", "10.0.0.2")).isEmpty();
    throttle.failed("ana", "10.0.0.1");
    // held back from any address, 15 min after the last failure
    assertThat(throttle.refusedFor("ANA", "10.0.0.2")).contains(Duration.ofMinutes(15));
    clock.advance(Duration.ofMinutes(14));
    assertThat(throttle.refusedFor("ana", "10.0.0.2")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.refusedFor("ana", "10.0.0.2")).isEmpty();
    // and counts afresh
    throttle.failed("ana", "10.0.0.1");
    assertThat(throttle.refusedFor("ana", "10.0.0.2")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowStartANewCount() {
    throttle.failed("ana", null);
    throttle.failed("ana", null);
    clock.advance(Duration.ofMinutes(11));
    throttle.failed("ana", null);
    assertThat(throttle.refusedFor("ana", null)).isEmpty();
  }

  @Test
  void anAddressIsHeldBackAfterFailuresForManyNames() {
    for (String name : new String[] {"a1", "a2", "a3", "a4"}) {
      throttle.failed(name, "10.0.0.9");
    }
    assertThat(throttle.refusedFor("someone", "10.0.0.9")).isEmpty();
    throttle.failed("a5", "10.0.0.9");
    assertThat(throttle.refusedFor("someone", "10.0.0.9")).isPresent();
    assertThat(throttle.refusedFor("someone", "10.0.0.8")).isEmpty();
  }

  @Test
  void aSuccessClearsTheName() {
    throttle.failed("ana", null);
    throttle.failed("ana", null);
    throttle.succeeded("ana");
    throttle.failed("ana", null);
    throttle.failed("ana", null);
    assertThat(throttle.refusedFor("ana", null)).isEmpty();
  }

  @Test
  void memoryIsBounded() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("user" + i, "10.0.1." + i);
    }
    assertThat(throttle.tracked()).isEqualTo(4);
  }

  @Test
  void basicCredentialsGiveTheirUserName() {
    assertThat(SignInGuard.basicUser("Basic YW5hOnNlY3JldA==")).isEqualTo("ana");
    assertThat(SignInGuard.basicUser("basic YW5h")).isEmpty();
    assertThat(SignInGuard.basicUser("Basic %%%")).isEmpty();
    assertThat(SignInGuard.basicUser("Bearer x")).isNull();
    assertThat(SignInGuard.basicUser(null)).isNull();
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
