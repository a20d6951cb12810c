package org.outreachplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on the real app-managed PostGIS (database {@code outreach_test}), without the
 * web server. All such tests share one application context. Its heartbeat (and sweep of the imports
 * whose process is gone) runs every second, not every 10: a test of a killed import waits that long
 * for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "outreach.recovery.heartbeat-every=1s")
public @interface DatabaseTest {}
