package org.outreachplanner.fieldreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A version received under a stored id with other content, with both versions side by side and,
 * once a planner resolved it, who kept which and when.
 *
 * @param stored the version stored under the id
 * @param received the version as received (the wire JSON)
 * @param resolution null while open, else "stored" or "received"
 * @param resolvedVersion the new version made from the received content when it was kept
 */
public record ReportConflict(
    long id,
    StoredReport stored,
    JsonNode received,
    String sentBy,
    Instant receivedAt,
    String via,
    String resolution,
    String resolvedBy,
    Instant resolvedAt,
    UUID resolvedVersion) {}
