package org.outreachplanner.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.UUID;
import org.outreachplanner.DatabaseStopped;
import org.outreachplanner.DiskFull;
import org.outreachplanner.i18n.LocalizedException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.i18n.TextException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns every failed API request into one {@link ErrorInfo}, without internals, its message in the
 * request's language.
 */
@RestControllerAdvice
class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  private final String maxFileSize;

  ApiErrors(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  /** A refusal that carries its own words and status: unknown area, no network yet, bad import. */
  @ExceptionHandler(TextException.class)
  ResponseEntity<ErrorInfo> refused(TextException e, HttpServletRequest req) {
    return error(e.status(), e.text(), req);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ErrorInfo> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest req) {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, Text.of("api.tooLarge", maxFileSize), req);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ErrorInfo> missingPart(
      MissingServletRequestPartException e, HttpServletRequest req) {
    return error(HttpStatus.BAD_REQUEST, Text.of("api.missingPart", e.getRequestPartName()), req);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorInfo> missingParameter(
      MissingServletRequestParameterException e, HttpServletRequest req) {
    return error(
        HttpStatus.BAD_REQUEST, Text.of("api.missingParameter", e.getParameterName()), req);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorInfo> badParameter(
      MethodArgumentTypeMismatchException e, HttpServletRequest req) {
    return error(
        HttpStatus.BAD_REQUEST,
        Text.of("api.badParameter", String.valueOf(e.getValue()), e.getName()),
        req);
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ErrorInfo> badMultipart(MultipartException e, HttpServletRequest req) {
    return error(HttpStatus.BAD_REQUEST, Text.of("api.badMultipart"), req);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorInfo> mediaType(
      HttpMediaTypeNotSupportedException e, HttpServletRequest req) {
    return error(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        Text.of("api.mediaType", String.valueOf(e.getContentType())),
        req);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ErrorInfo> method(
      HttpRequestMethodNotSupportedException e, HttpServletRequest req) {
    return error(HttpStatus.METHOD_NOT_ALLOWED, Text.of("api.method", e.getMethod()), req);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorInfo> unreadable(HttpMessageNotReadableException e, HttpServletRequest req) {
    return error(HttpStatus.BAD_REQUEST, Text.of("api.unreadable"), req);
  }

  /**
   * A date from the request that Java cannot compute with (a year past 9999 in a JSON body, where
   * {@link ParameterChecks} does not look): the client's, refused before any SQL.
   */
  @ExceptionHandler(DateTimeException.class)
  ResponseEntity<ErrorInfo> dateRange(DateTimeException e, HttpServletRequest req) {
    return error(HttpStatus.BAD_REQUEST, Text.of("api.dateRange"), req);
  }

  /** A refusal with a status, its text and its headers (e.g. Retry-After of a busy import). */
  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ErrorInfo> status(ResponseStatusException e, HttpServletRequest req) {
    String message =
        e instanceof LocalizedException localized
            ? localized.text().inCurrentLanguage()
            : e.getReason() == null ? "" : e.getReason();
    return error(e.getStatusCode(), e.getHeaders(), message, req);
  }

  /**
   * Anything else: Spring's own request errors (unknown path, unreadable body …) keep their status
   * and short description; a database that stopped or cannot be reached answers 503 saying so (the
   * request's transaction did not commit: nothing was changed) and how to start it; a full disk
   * answers 507 saying which disk and what to do; the rest is the server's fault, logged with a
   * reference and shown only as that.
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorInfo> unexpected(Exception e, HttpServletRequest req) {
    Optional<Text> stopped = DatabaseStopped.explain(e);
    if (stopped.isPresent()) {
      log.warn(
          "Request {} {} failed: the database stopped ({})",
          req.getMethod(),
          req.getRequestURI(),
          e.toString());
      return error(HttpStatus.SERVICE_UNAVAILABLE, stopped.get(), req);
    }
    Optional<Text> diskFull = DiskFull.explain(e);
    if (diskFull.isPresent()) {
      log.error(
          "Request {} {} failed: a disk is full ({})", req.getMethod(), req.getRequestURI(), e);
      return error(HttpStatus.INSUFFICIENT_STORAGE, diskFull.get(), req);
    }
    if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
      if (response.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
        return error(response.getStatusCode(), Text.of("api.notFound"), req);
      }
      String detail = response.getBody().getDetail();
      return error(response.getStatusCode(), detail == null ? "" : detail, req);
    }
    String reference = UUID.randomUUID().toString();
    log.error(
        "Request {} {} failed (reference {})", req.getMethod(), req.getRequestURI(), reference, e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, Text.of("api.unexpected", reference), req);
  }

  private static ResponseEntity<ErrorInfo> error(
      HttpStatusCode status, Text text, HttpServletRequest req) {
    return error(status, text.inCurrentLanguage(), req);
  }

  private static ResponseEntity<ErrorInfo> error(
      HttpStatusCode status, String message, HttpServletRequest req) {
    return error(status, HttpHeaders.EMPTY, message, req);
  }

  private static ResponseEntity<ErrorInfo> error(
      HttpStatusCode status, HttpHeaders headers, String message, HttpServletRequest req) {
    HttpStatus known = HttpStatus.resolve(status.value());
    String name = known == null ? String.valueOf(status.value()) : known.getReasonPhrase();
    return ResponseEntity.status(status)
        .headers(headers)
        .body(new ErrorInfo(status.value(), name, message, req.getRequestURI()));
  }
}
