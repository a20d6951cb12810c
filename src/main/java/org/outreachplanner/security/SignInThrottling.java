package org.outreachplanner.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The {@link SignInThrottle} of the web application, fed by Spring Security's sign-in events (form
 * and HTTP Basic alike), with its settings {@code outreach.security.sign-in.*}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInThrottling {

  @Bean
  SignInThrottle signInThrottle(
      @Value("${outreach.security.sign-in.max-failures-per-user:5}") int perUser,
      @Value("${outreach.security.sign-in.max-failures-per-address:50}") int perAddress,
      @Value("${outreach.security.sign-in.window:15m}") Duration window,
      @Value("${outreach.security.sign-in.cool-down:15m}") Duration coolDown,
      @Value("${outreach.security.sign-in.tracked:10000}") int tracked,
      ObjectProvider<Clock> clock) {
    return new SignInThrottle(
        perUser, perAddress, window, coolDown, tracked, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  ThrottleEvents signInThrottleEvents(SignInThrottle throttle) {
    return new ThrottleEvents(throttle);
  }

  /** Failed sign-ins count against the name and the address; a success clears the name. */
  static final class ThrottleEvents {

    private final SignInThrottle throttle;

    ThrottleEvents(SignInThrottle throttle) {
      this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
      String address =
          event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
              ? web.getRemoteAddress()
              : null;
      throttle.failed(event.getAuthentication().getName(), address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
      throttle.succeeded(event.getAuthentication().getName());
    }
  }
}
