package org.outreachplanner.importer;

/** Published after a survey import succeeded, once its transaction is committed. */
public record SurveysImported(ImportReport report) {}
