package org.outreachplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The error handler's answers to a database that stopped (503 saying so, that nothing was changed
 * and how to start it) and to a refusal that carries a Retry-After header. The exceptions are the
 * ones the pool, Spring and the driver throw when the server is gone, built as they build them.
 */
class ApiErrorsTest {

  private final ApiErrors errors = new ApiErrors("1MB");
  private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/villages");

  @AfterEach
  void resetLanguage() {
    LocaleContextHolder.resetLocaleContext();
  }

  /** The pool could not connect: Spring wraps Hikari's timeout, which carries the refusal. */
  @Test
  void aRefusedConnectionAnswers503SayingTheDatabaseStopped() {
    PSQLException refused =
        new PSQLException(
            "Connection to 127.0.0.1:5432 refused.",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT,
            new ConnectException("Connection refused"));
    SQLTransientConnectionException timeout =
        new SQLTransientConnectionException(
            "outreach - Connection is not available, request timed out after 30000ms.",
            refused.getSQLState(),
            refused);
    var e = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout);

    ResponseEntity<ErrorInfo> answer = errors.unexpected(e, request);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getBody())
        .isEqualTo(
            new ErrorInfo(
                503,
                "Service Unavailable",
                "the database stopped (Connection refused): nothing was changed. Start it again"
                    + " with ./outreach db start (when OUTREACH_DB_URL names the database: start"
                    + " that PostgreSQL server), then try again.",
                "/api/villages"));
  }

  /** The server was shut down under an open connection (SQLState 57P01), in Vietnamese. */
  @Test
  void aServerShutDownAnswers503InTheRequestsLanguage() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    SQLException shutdown =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    var e = new UncategorizedSQLException("SELECT …", "SELECT 1", shutdown);

    ResponseEntity<ErrorInfo> answer = errors.unexpected(e, request);

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getBody().message())
        .startsWith(
            "cơ sở dữ liệu đã dừng (terminating connection due to administrator command): không"
                + " có gì bị thay đổi. Hãy khởi động lại bằng ./outreach db start");
  }

  /** A connection lost in the middle of a statement (SQLState class 08). */
  @Test
  void aConnectionLostMidStatementAnswers503() {
    PSQLException lost =
        new PSQLException(
            "An I/O error occurred while sending to the backend.",
            PSQLState.CONNECTION_FAILURE,
            new java.io.EOFException());

    ResponseEntity<ErrorInfo> answer =
        errors.unexpected(new UncategorizedSQLException("read", "SELECT 1", lost), request);

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getBody().message()).startsWith("the database stopped (EOFException)");
  }

  /** Other database failures stay the server's fault, shown only by a reference. */
  @Test
  void otherDatabaseFailuresAreStill500() {
    SQLException full = new SQLException("pool exhausted", (String) null);
    assertThat(
            errors
                .unexpected(
                    new SQLTransientConnectionException("Connection is not available", full),
                    request)
                .getStatusCode()
                .value())
        .as("a pool out of connections while the database runs is not a stopped database")
        .isEqualTo(500);
    assertThat(
            errors
                .unexpected(new DataIntegrityViolationException("duplicate key"), request)
                .getStatusCode()
                .value())
        .isEqualTo(500);
  }

  @Test
  void aRefusalKeepsItsRetryAfterHeader() {
    ApiException busy =
        new ApiException(HttpStatus.SERVICE_UNAVAILABLE, Text.literal("busy, try again")) {
          @Override
          public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "60");
            return headers;
          }
        };

    ResponseEntity<ErrorInfo> answer = errors.status(busy, request);

    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
    assertThat(answer.getBody().message()).isEqualTo("busy, try again");
  }
}
