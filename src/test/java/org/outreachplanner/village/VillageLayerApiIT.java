package org.outreachplanner.village;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.outreachplanner.support.ApiClient;
import org.outreachplanner.support.BorderCommunes;
import org.outreachplanner.support.BorderCommunesApi;
import org.outreachplanner.support.FieldReports;
import org.outreachplanner.support.Waits;
import org.outreachplanner.support.WebTest;

/** GET /api/villages/layer: every village at once for the map, gzipped, with an ETag. */
@WebTest
class VillageLayerApiIT extends BorderCommunesApi {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpResponse<byte[]> get(String encoding, String etag) throws Exception {
    HttpRequest.Builder request =
        api.signIn(HttpRequest.newBuilder(URI.create(api.base() + "/api/villages/layer")));
    if (encoding != null) {
      request.header("Accept-Encoding", encoding);
    }
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return JSON.readTree(in);
    }
  }

  @Test
  void everyVillageComesInOneResponseWithWhatTheMapDraws() throws Exception {
    HttpResponse<byte[]> plain = get(null, null);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/geo+json");
    JsonNode layer = JSON.readTree(plain.body());
    // more than the listing's largest page (6 in the tests): the layer is not paged
    assertThat(layer.get("features")).hasSize(BorderCommunes.VILLAGES);
    assertThat(ApiClient.ids(layer)).isSorted();
    JsonNode first = layer.get("features").get(0);
    JsonNode one = api.json("/api/villages/V001");
    assertThat(first.get("id").asText()).isEqualTo("V001");
    assertThat(first.at("/geometry/coordinates").toString()).isEqualTo("[102.61235,22.65432]");
    for (String field : new String[] {"code", "name", "commune_code", "households", "eligible"}) {
      assertThat(first.at("/properties/" + field)).isEqualTo(one.at("/properties/" + field));
    }
    assertThat(first.at("/properties/eid_done").asInt()).isEqualTo(95);
    assertThat(first.get("properties")).hasSize(6);

    HttpResponse<byte[]> zipped = get("gzip, deflate", null);
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(zipped.body())).isEqualTo(layer);
  }

  @Test
  void anUnchangedLayerIsNotSentAgainAndAChangedOneIs() throws Exception {
    String etag = get("gzip", null).headers().firstValue("ETag").orElseThrow();
    assertThat(get("gzip", etag).statusCode()).isEqualTo(304);

    jdbc.update("UPDATE village SET households = 121, updated_at = now() WHERE code = 'V001'");
    // the change shows once the layer's state is asked again (about a second later)
    HttpResponse<byte[]> changed =
        Waits.until("the changed village layer instead of 304 Not Modified")
            .until(() -> get("gzip", etag), r -> r.statusCode() != 304);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    JsonNode v001 = gunzip(changed.body()).get("features").get(0);
    assertThat(v001.at("/properties/households").asInt()).isEqualTo(121);
  }

  @Test
  void aReportedVisitCountsItsActivationsInTheLayerAndThePopup() throws Exception {
    String etag = get("gzip", null).headers().firstValue("ETag").orElseThrow();
    // V002: 350 of 500 done from its import; a team reports 8 activations after it
    jdbc.update(
        "INSERT INTO team (code, commune_code, name, base, members) VALUES ('TL-T01', '03439',"
            + " 'Tổ 1', ST_SetSRID(ST_MakePoint(102.6, 22.65), 4326), 3)");
    FieldReports.made(
        jdbc, "TL-T01", "V002", LocalDate.now(), 12, 8, null, null, null, Instant.now());
    HttpResponse<byte[]> changed =
        Waits.until("the village layer with the report instead of 304 Not Modified")
            .until(() -> get("gzip", etag), r -> r.statusCode() != 304);
    JsonNode v002 = gunzip(changed.body()).get("features").get(1);
    assertThat(v002.get("id").asText()).isEqualTo("V002");
    assertThat(v002.at("/properties/eid_done").asInt()).isEqualTo(350 + 8);
    JsonNode one = api.json("/api/villages/V002");
    assertThat(one.at("/properties/eid_done").asInt()).isEqualTo(350 + 8);
    assertThat(one.at("/properties/eid_reported_since").asInt()).isEqualTo(8);
    assertThat(one.at("/properties/completion_pct").decimalValue()).isEqualByComparingTo("71.6");
    // a village without reports keeps its import's figure, nothing reported
    assertThat(api.json("/api/villages/V001").at("/properties/eid_reported_since").isNull())
        .isTrue();
  }
}
