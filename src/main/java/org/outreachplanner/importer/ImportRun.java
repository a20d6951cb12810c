package org.outreachplanner.importer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.outreachplanner.i18n.Text;

/**
 * One recorded import, as listed by the API.
 *
 * @param message the one-line summary of a failed import, in JSON in the request's language
 * @param problems the problems kept for a failed import; null in listings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRun(
    long id,
    String kind,
    String fileName,
    String sha256,
    String status,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    Integer inserted,
    Integer updated,
    Integer unchanged,
    Text message,
    List<ImportProblem> problems) {}
