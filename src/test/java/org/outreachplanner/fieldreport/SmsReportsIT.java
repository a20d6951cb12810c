package org.outreachplanner.fieldreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outreachplanner.fieldreport.VisitReportBatchIT.states;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.outreachplanner.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/visit-reports/sms: pasted by a planner or posted by a gateway; twice is once. */
@WebTest
class SmsReportsIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void fixture() {
    ReportFixture.load(jdbc);
  }

  private static String text(String households) {
    String day = ReportFixture.yesterday().format(DateTimeFormatter.BASIC_ISO_DATE);
    return "OR1 tl-t01 "
        + day
        + "\n1a2b3c4d v001 Y T0840-1115 H"
        + households
        + " A8 GVT:1 #duong tron\n9f8e7d6c V002 N:RAIN";
  }

  private static String body(String text) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("text", text));
  }

  @Test
  void theSameTextPastedTwiceIsStoredOnceAndAChangedOneIsAConflict() throws Exception {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER);
    ApiClient.Response first = planner.send("POST", "/api/visit-reports/sms", body(text("12")));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(states(first.json())).isEqualTo("ACCEPTED,ACCEPTED");
    assertThat(
            jdbc.queryForObject(
                "SELECT team_code || ' ' || village_code || ' ' || via || ' ' || sms_code"
                    + " FROM visit_report WHERE households_helped = 12",
                String.class))
        .isEqualTo("TL-T01 V001 SMS 1a2b3c4d");

    ApiClient.Response again = planner.send("POST", "/api/visit-reports/sms", body(text("12")));
    assertThat(states(again.json())).isEqualTo("DUPLICATE,DUPLICATE");
    ApiClient.Response changed = planner.send("POST", "/api/visit-reports/sms", body(text("13")));
    assertThat(changed.status()).isEqualTo(409);
    assertThat(states(changed.json())).isEqualTo("CONFLICT,DUPLICATE");
    assertThat(TestTables.count(jdbc, "visit_report")).isEqualTo(2);
  }

  @Test
  void aBadTextIsRefusedNamingTheLineAndPartInTheReadersLanguage() throws Exception {
    ApiClient planner = ApiClient.as(port, TestUsers.PLANNER).inLanguage("vi");
    ApiClient.Response bad =
        planner.send(
            "POST", "/api/visit-reports/sms", body(text("12").replace("T0840-1115", "T0840-0815")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("message").asText())
        .startsWith("dòng 2, phần \"T0840-0815\": giờ kết thúc");
    assertThat(TestTables.count(jdbc, "visit_report")).isZero();
    assertThat(
            ApiClient.as(port, TestUsers.TEAM_LEAD)
                .send("POST", "/api/visit-reports/sms", body(text("12")))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aGatewayPostsWithItsTokenOnly() throws Exception {
    assertThat(gateway(null).statusCode()).isEqualTo(401);
    assertThat(gateway("wrong-token").statusCode()).isEqualTo(401);
    HttpResponse<String> posted = gateway(WebTest.SMS_TOKEN);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    assertThat(jdbc.queryForList("SELECT DISTINCT sent_by FROM visit_report", String.class))
        .containsExactly(SmsIntake.GATEWAY);
  }

  private HttpResponse<String> gateway(String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/visit-reports/sms"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(text("12"))));
    if (token != null) {
      request.header("X-Outreach-Sms-Token", token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
