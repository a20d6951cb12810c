package org.outreachplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A full disk (bad-input case D-03), with the failures as they really come: the database server's
 * {@code disk_full} error raised inside a transaction that already wrote a row, and the operating
 * system's "No space left on device" from a write to {@code /dev/full}. Each answers 507 with what
 * to do, and the transaction's row is gone.
 */
@DatabaseTest
class DiskFullIT {

  private static final String PROVINCE = "DISK-FULL-TEST";

  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private final ApiErrors errors = new ApiErrors("1MB");
  private final MockHttpServletRequest request =
      new MockHttpServletRequest("POST", "/api/imports/villages");

  @AfterEach
  void cleanUp() {
    LocaleContextHolder.resetLocaleContext();
    jdbc.update("DELETE FROM province WHERE code = ?", PROVINCE);
  }

  @Test
  void theDatabasesDiskFullAnswers507AndTheTransactionLeftNothing() {
    Throwable failure =
        catchThrowable(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      jdbc.update(
                          "INSERT INTO province (code, name) VALUES (?, 'Disk full')", PROVINCE);
                      jdbc.execute(
                          "DO $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on"
                              + " device' USING ERRCODE = 'disk_full'; END $$");
                    }));

    ResponseEntity<ErrorInfo> answer = errors.unexpected((Exception) failure, request);

    assertThat(answer.getStatusCode().value()).isEqualTo(507);
    assertThat(answer.getBody().message())
        .isEqualTo(
            "the database's disk is full: nothing was changed. Free space on the disk that holds"
                + " the database (the .outreach folder for the app-managed database), then try"
                + " again.");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM province WHERE code = ?", Long.class, PROVINCE))
        .isZero();
  }

  @Test
  void aFileWrittenToAFullDiskAnswers507InTheRequestsLanguage() {
    Path full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.isWritable(full), "/dev/full is not available on this machine");
    LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    Throwable failure =
        catchThrowable(
            () -> Files.writeString(full, "tên_thôn\n".repeat(10_000), StandardCharsets.UTF_8));
    assertThat(failure).isInstanceOf(IOException.class);

    ResponseEntity<ErrorInfo> answer =
        errors.unexpected(new IllegalStateException("upload not saved", failure), request);

    assertThat(answer.getStatusCode().value()).isEqualTo(507);
    assertThat(answer.getBody().message())
        .startsWith("ổ đĩa của máy chủ đã đầy nên không ghi được tệp: không có gì bị thay đổi.");
  }
}
