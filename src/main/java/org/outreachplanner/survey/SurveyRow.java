package org.outreachplanner.survey;

/**
 * One valid survey reading, ready to be stored.
 *
 * @param lineNo the feature number (CSV line number) it came from
 * @param lon longitude, EPSG:4326
 * @param lat latitude, EPSG:4326
 * @param observedAtMicros the observation time in microseconds since 1970-01-01T00:00Z, the
 *     precision PostgreSQL keeps
 * @param operator the network operator, as written in the file
 * @param technology the technology, or {@link Technology#NONE} for a no-service reading
 * @param signal the measured values
 * @param sourceId the device or survey source, or the empty string
 */
record SurveyRow(
    long lineNo,
    double lon,
    double lat,
    long observedAtMicros,
    String operator,
    Technology technology,
    SignalReading signal,
    String sourceId) {}
