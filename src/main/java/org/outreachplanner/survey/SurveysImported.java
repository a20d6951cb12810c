package org.outreachplanner.survey;

import org.outreachplanner.importer.ImportReport;

/** Published after a survey import succeeded, once its transaction is committed. */
public record SurveysImported(ImportReport report) {}
