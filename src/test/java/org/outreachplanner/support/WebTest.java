package org.outreachplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the running web application on a random port, on the real app-managed PostGIS (database
 * {@code outreach_test}). Listings are limited to 5 items by default and 6 at most, so that the
 * small fixtures exercise paging. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"outreach.api.default-limit=5", "outreach.api.max-limit=6"})
public @interface WebTest {}
