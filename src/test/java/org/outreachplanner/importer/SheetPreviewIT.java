package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.TestSheets;
import org.outreachplanner.support.TestTables;
import org.outreachplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The column preview of a spreadsheet (XLSX, XLS, ODS): its sheets, the sheet shown with the row
 * its header was found in below the title rows, a sheet chosen by name or position, and a refusal
 * naming the sheets for one that is not there. Nothing is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestUsers.class)
class SheetPreviewIT {

  private static final String BOUNDARY = "outreach-" + UUID.randomUUID();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @TempDir Path dir;

  private ApiClient planner;

  @BeforeEach
  void empty() {
    TestTables.clear(jdbc);
    planner = ApiClient.as(port, TestUsers.PLANNER);
  }

  /** A workbook of two village lists: last year's, then this year's under two title rows. */
  static Path twoSheets(Path file) throws IOException {
    return TestSheets.writeAll(
        file,
        TestSheets.sheet("Năm 2025")
            .row("Mã thôn", "Tên thôn", "Mã xã", "Kinh độ", "Vĩ độ", "Số hộ")
            .row("T01", "Cà Roòng 1", "19147", 106.21, 17.45, 110),
        TestSheets.sheet("Năm 2026")
            .row("DANH SÁCH THÔN, BẢN XÃ THƯỢNG TRẠCH")
            .row("Tính đến ngày 30/11/2026")
            .row("Mã thôn", "Tên thôn", "Mã xã", "Kinh độ", "Vĩ độ", "Số hộ", "Nhân khẩu")
            .row("T01", "Cà Roòng 1", "19147", 106.21, 17.45, "1.202", 4810)
            .row("T02", "Bản Bloc", "19147", 106.3, 17.5, 30, null));
  }

  @Test
  void aWorkbookListsItsSheetsAndShowsTheFirstWithItsHeaderRow() throws Exception {
    Path file = twoSheets(dir.resolve("thon.xlsx"));
    ApiClient.Response first = preview(file, Map.of());
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    JsonNode answer = first.json();
    assertThat(texts(answer.get("sheets"))).containsExactly("Năm 2025", "Năm 2026");
    assertThat(answer.get("sheet").asText()).isEqualTo("Năm 2025");
    assertThat(answer.get("headerRow").asInt()).isEqualTo(1);
    assertThat(answer.get("rows")).hasSize(1);

    for (String layer : List.of("Năm 2026", "2")) {
      JsonNode chosen = preview(file, Map.of("layer", layer)).json();
      assertThat(chosen.get("sheet").asText()).isEqualTo("Năm 2026");
      assertThat(chosen.get("headerRow").asInt()).isEqualTo(3);
      assertThat(texts(chosen.get("columns"))).contains("Mã thôn", "Số hộ", "Nhân khẩu");
      assertThat(texts(chosen.get("rows").get(0))).contains("T01", "1.202", "4810");
      assertThat(texts(chosen.get("rows").get(1)))
          .containsExactly("T02", "Bản Bloc", "19147", "106.3", "17.5", "30", null);
      assertThat(source(chosen, "households")).isEqualTo("Số hộ");
      assertThat(source(chosen, "lon")).isEqualTo("Kinh độ");
      assertThat(texts(chosen.get("unmappedRequired"))).isEmpty();
    }
    assertThat(TestTables.count(jdbc, "import_run")).isZero();
  }

  @Test
  void xlsAndOdsArePreviewedToo() throws Exception {
    JsonNode xls = preview(twoSheets(dir.resolve("thon.xls")), Map.of("layer", "2")).json();
    assertThat(texts(xls.get("sheets"))).containsExactly("Năm 2025", "Năm 2026");
    assertThat(xls.get("headerRow").asInt()).isEqualTo(3);

    Path ods =
        TestSheets.sheet("Danh sách")
            .row("DANH SÁCH THÔN")
            .row("Mã thôn", "Tên thôn", "Mã xã", "Kinh độ", "Vĩ độ", "Số hộ")
            .row("T01", "Cà Roòng 1", "19147", "106.21", "17.45", "110")
            .writeOds(dir.resolve("thon.ods"));
    JsonNode answer = preview(ods, Map.of()).json();
    assertThat(texts(answer.get("sheets"))).containsExactly("Danh sách");
    assertThat(answer.get("headerRow").asInt()).isEqualTo(2);
    assertThat(texts(answer.get("rows").get(0))).contains("T01", "110");
  }

  @Test
  void aSheetThatIsNotThereIsRefusedNamingTheSheets() throws Exception {
    ApiClient.Response missing =
        preview(twoSheets(dir.resolve("thon.xlsx")), Map.of("layer", "Năm 2027"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("message").asText())
        .contains("has no sheet 'Năm 2027'; its sheets: Năm 2025, Năm 2026");
  }

  private ApiClient.Response preview(Path file, Map<String, String> fields) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(
        body,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + file.getFileName()
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(Files.readAllBytes(file));
    write(body, "\r\n");
    fields.forEach(
        (name, value) ->
            write(
                body,
                "--"
                    + BOUNDARY
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    write(body, "--" + BOUNDARY + "--\r\n");
    return planner.send(
        HttpRequest.newBuilder(URI.create(planner.base() + "/api/imports/villages/preview"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String source(JsonNode answer, String column) {
    for (JsonNode t : answer.get("targets")) {
      if (t.get("column").asText().equals(column)) {
        return t.get("source").isNull() ? null : t.get("source").asText();
      }
    }
    throw new AssertionError("no target " + column + " in " + answer);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.isNull() ? null : n.asText()));
    return texts;
  }
}
