package org.outreachplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the running web application on a random port, on the real app-managed PostGIS (database
 * {@code outreach_test}). Listings are limited to 5 items by default and 6 at most, so that the
 * small fixtures exercise paging. All such tests share one application context, in which the {@link
 * TestUsers} exist: call the API as one of them with {@code ApiClient.as(port, TestUsers.PLANNER)},
 * sign a browser in with {@link BrowserLogin}. A solve ends after {@value #UNIMPROVED_STEPS} steps
 * in a row without a better plan, or at its time limit if that comes first: the demo's small areas
 * are solved in a moment instead of their whole time limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "outreach.api.default-limit=5",
      "outreach.api.max-limit=6",
      "outreach.reports.sms-token=" + WebTest.SMS_TOKEN,
      "outreach.schedule.unimproved-step-limit=" + WebTest.UNIMPROVED_STEPS
    })
@Import(TestUsers.class)
public @interface WebTest {
  /** The SMS gateway token of the tests (outreach.reports.sms-token). */
  String SMS_TOKEN = "test-sms-gateway-token";

  /** Steps in a row without a better plan after which a solve ends. */
  int UNIMPROVED_STEPS = 2000;
}
