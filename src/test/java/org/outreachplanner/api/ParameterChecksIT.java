package org.outreachplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Values no endpoint can use — a NUL character, a date whose year has a sign or more than four
 * digits, an unknown text encoding — are refused with a 400 {@link ErrorInfo} in the request's
 * language on every endpoint that takes such a parameter, never a server error.
 */
@WebTest
class ParameterChecksIT {

  /** Endpoints with a code or name parameter, the query ending where the value goes. */
  private static final List<String> TEXT_PARAMETERS =
      List.of(
          "/api/villages?commune=",
          "/api/communes?commune=",
          "/api/coverage/villages?operator=",
          "/api/coverage/villages?commune=",
          "/api/coverage/villages?village=",
          "/api/coverage/cells?operator=",
          "/api/travel-times/bands?commune=",
          "/api/travel-times/unreachable?area=",
          "/api/travel-times?to=V1&from=",
          "/api/schedules?area=",
          "/api/schedules/routes?area=",
          "/api/dead-zones/report?sort=");

  /** Endpoints with a date parameter. */
  private static final List<String> DATE_PARAMETERS =
      List.of(
          "/api/travel-times/bands?commune=C1&date=",
          "/api/travel-times/unreachable?area=C1&date=",
          "/api/travel-times?from=C1&to=V1&date=",
          "/api/schedules/routes?date=",
          "/api/closures?on=",
          "/api/teams/T1/schedule?week=",
          "/api/teams/T1/week?week=",
          "/api/teams/T1/schedule.ics?week=",
          "/api/teams/T1/schedule.txt?week=",
          "/api/teams/T1/schedule/print?week=");

  @LocalServerPort int port;

  @Test
  void nulCharactersAreRefusedEverywhere() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    for (String endpoint : TEXT_PARAMETERS) {
      for (String value : List.of("%00", "a%00b", "C1%00")) {
        String name = endpoint.substring(endpoint.lastIndexOf('?') + 1).replaceAll(".*&", "");
        name = name.substring(0, name.length() - 1);
        assertRefused(planner, endpoint + value, "'" + name + "' must not contain a NUL character");
      }
    }
  }

  @Test
  void datesBeyondFourDigitYearsAreRefusedEverywhere() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    for (String endpoint : DATE_PARAMETERS) {
      for (String value : List.of("+999999999-12-31", "-999999999-01-01", "99999-01-01")) {
        String name = endpoint.replaceAll(".*[?&]", "").replace("=", "");
        assertRefused(
            planner,
            endpoint + ApiClient.encode(value),
            name + " must be a date YYYY-MM-DD with a four-digit year; got '" + value + "'");
      }
    }
  }

  @Test
  void refusalsAreInTheRequestsLanguage() {
    ApiClient.Response vietnamese =
        ApiClient.as(port, TestUsers.PLANNER).inLanguage("vi").get("/api/villages?commune=%00");

    assertThat(vietnamese.status()).isEqualTo(400);
    assertThat(vietnamese.json().path("message").asText())
        .isEqualTo("'commune' không được chứa ký tự NUL");
  }

  @Test
  void unknownEncodingsOfAnUploadAreRefused() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    for (String encoding : List.of("a/b", "no-such-encoding", "UTF-8\u0000")) {
      String boundary = "----outreach-test";
      String body =
          part(boundary, "encoding", null, encoding)
              + part(boundary, "file", "villages.csv", "code,name,lon,lat\n")
              + "--"
              + boundary
              + "--\r\n";
      ApiClient.Response answer =
          planner.send(
              "POST", "/api/imports/villages", "multipart/form-data; boundary=" + boundary, body);

      assertThat(answer.status()).as(encoding).isEqualTo(400);
      assertThat(answer.json().path("message").asText())
          .as(encoding)
          .isIn(
              "unknown text encoding '" + encoding + "'; use a name such as UTF-8 or windows-1258",
              "'encoding' must not contain a NUL character");
    }
  }

  @Test
  void aHugeWeekInAJsonBodyIsRefused() {
    ApiClient.Response answer =
        ApiClient.as(port, TestUsers.PLANNER)
            .send(
                "POST", "/api/schedules", "{\"area\":\"C1\",\"first_week\":\"+999999999-12-31\"}");

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertErrorInfo(answer, "/api/schedules");
  }

  private static void assertRefused(ApiClient client, String pathAndQuery, String message) {
    ApiClient.Response answer = client.get(pathAndQuery, "application/json");
    assertThat(answer.status()).as(pathAndQuery + ": " + answer.body()).isEqualTo(400);
    assertErrorInfo(answer, pathAndQuery.substring(0, pathAndQuery.indexOf('?')));
    assertThat(answer.json().path("message").asText()).as(pathAndQuery).isEqualTo(message);
  }

  private static void assertErrorInfo(ApiClient.Response answer, String path) {
    JsonNode error = answer.json();
    assertThat(error.path("status").asInt()).isEqualTo(400);
    assertThat(error.path("error").asText()).isEqualTo("Bad Request");
    assertThat(error.path("path").asText()).isEqualTo(path);
    assertThat(answer.body().toLowerCase()).doesNotContain("sql", "exception");
  }

  private static String part(String boundary, String name, String fileName, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
        + "\r\n\r\n"
        + content
        + "\r\n";
  }
}
