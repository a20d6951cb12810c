package org.outreachplanner.network;

import java.time.LocalDate;

/** A stored road closure, in force from {@code closedFrom} to {@code closedTo} inclusive. */
public record Closure(
    long id, String name, String reason, LocalDate closedFrom, LocalDate closedTo) {}
