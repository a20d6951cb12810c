package org.outreachplanner.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API answers its errors in the language the client asks for, English otherwise. */
@WebTest
class ApiLanguagesIT {

  @LocalServerPort int port;

  @Test
  void errorsAreWrittenInTheRequestsLanguage() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);

    ApiClient.Response english = planner.get("/api/no-such-thing");
    ApiClient.Response vietnamese = planner.inLanguage("vi-VN,vi;q=0.9").get("/api/no-such-thing");
    ApiClient.Response french = planner.inLanguage("fr").get("/api/no-such-thing");

    assertThat(english.status()).isEqualTo(404);
    assertThat(english.json().path("message").asText())
        .isEqualTo("there is nothing at this address");
    assertThat(vietnamese.status()).isEqualTo(404);
    assertThat(vietnamese.json().path("message").asText()).isEqualTo("không có gì ở địa chỉ này");
    assertThat(french.json().path("message").asText())
        .isEqualTo("there is nothing at this address");
  }

  @Test
  void refusedParametersAreExplainedInVietnameseWhenAskedByTheSwitch() {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);

    ApiClient.Response english = planner.get("/api/villages?bbox=1,2,3");
    ApiClient.Response switched = planner.get("/api/villages?bbox=1,2,3&lang=vi");

    assertThat(english.status()).isEqualTo(400);
    assertThat(english.json().path("message").asText())
        .isEqualTo("bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 3");
    assertThat(switched.status()).isEqualTo(400);
    assertThat(switched.json().path("message").asText())
        .isEqualTo("bbox phải gồm 4 số minLon,minLat,maxLon,maxLat; nhận được 3");
  }
}
