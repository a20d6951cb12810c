package org.outreachplanner.schedule.domain;

/**
 * Present in a problem whose only soft goal is the way travelled (the field's routing benchmarks):
 * the team-workload and repeat-spacing goals of outreach planning do not apply to it.
 */
public record RoutingOnly() {}
