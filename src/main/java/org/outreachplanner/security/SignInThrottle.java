package org.outreachplanner.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per user name and per address. After {@code perUser} failures for a name,
 * or {@code perAddress} from an address (higher: an office may share one), within {@code window},
 * further attempts for that name or from that address are refused until {@code coolDown} has passed
 * since the last failure, so that the rightful user waits at most that long; a success clears the
 * name's count. At most {@code maxEntries} names and addresses are tracked, the least recently
 * touched forgotten first, so guessing from many addresses cannot fill the memory.
 */
final class SignInThrottle {

  private static final String USER = "user:";
  private static final String ADDRESS = "address:";

  private record Failures(int count, Instant firstAt, Instant lastAt) {}

  private final int perUser;
  private final int perAddress;
  private final Duration window;
  private final Duration coolDown;
  private final Clock clock;
  private final Map<String, Failures> failures;

  SignInThrottle(
      int perUser,
      int perAddress,
      Duration window,
      Duration coolDown,
      int maxEntries,
      Clock clock) {
    this.perUser = perUser;
    this.perAddress = perAddress;
    this.window = window;
    this.coolDown = coolDown;
    this.clock = clock;
    this.failures =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > maxEntries;
          }
        };
  }

  /** How long until an attempt for this name from this address is allowed; empty when it is. */
  synchronized Optional<Duration> refusedFor(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : keys(username, address)) {
      Failures f = failures.get(key);
      if (f != null && f.count() >= (key.startsWith(USER) ? perUser : perAddress)) {
        Duration left = Duration.between(now, f.lastAt().plus(coolDown));
        if (left.isNegative() || left.isZero()) {
          failures.remove(key);
        } else if (left.compareTo(wait) > 0) {
          wait = left;
        }
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  synchronized void failed(String username, String address) {
    Instant now = clock.instant();
    for (String key : keys(username, address)) {
      Failures f = failures.get(key);
      if (f == null || now.isAfter(f.firstAt().plus(window))) {
        failures.put(key, new Failures(1, now, now));
      } else {
        failures.put(key, new Failures(f.count() + 1, f.firstAt(), now));
      }
    }
  }

  synchronized void succeeded(String username) {
    if (username != null) {
      failures.remove(userKey(username));
    }
  }

  synchronized int tracked() {
    return failures.size();
  }

  private static String[] keys(String username, String address) {
    if (username == null || username.isEmpty()) {
      return new String[] {ADDRESS + address};
    }
    return address == null
        ? new String[] {userKey(username)}
        : new String[] {userKey(username), ADDRESS + address};
  }

  private static String userKey(String username) {
    return USER + username.toLowerCase(Locale.ROOT);
  }
}
