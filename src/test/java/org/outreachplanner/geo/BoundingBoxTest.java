package org.outreachplanner.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class BoundingBoxTest {

  @Test
  void absentIsNoBox() {
    assertThat(BoundingBox.parse(null)).isNull();
  }

  @Test
  void readsFourNumbersWithSpacesAndExponents() {
    assertThat(BoundingBox.parse(" 102.5, 22 ,+103,2.3e1"))
        .isEqualTo(new BoundingBox(102.5, 22, 103, 23));
    assertThat(BoundingBox.parse("-180,-90,180,90")).isEqualTo(new BoundingBox(-180, -90, 180, 90));
  }

  @Test
  void writesItselfBackAsAParameter() {
    assertThat(BoundingBox.parse("102,22.5,103,23").toParameter())
        .isEqualTo("102.0,22.5,103.0,23.0");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                  | bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 1",
        "1,2,3,4,            | bbox must be 4 numbers minLon,minLat,maxLon,maxLat; got 5",
        "-Infinity,1,2,3     | bbox minLon is not a number",
        "1,2,3,4f            | bbox maxLat is not a number",
        "1,2,3,0x1p3         | bbox maxLat is not a number",
        "1,-1e400,2,3        | bbox minLat is not a finite number",
        "180.0001,1,181,2    | bbox minLon is outside the longitude range -180 to 180",
        "1,-90.5,2,3         | bbox minLat is outside the latitude range -90 to 90",
        "1,2,0.5,3           | bbox minLon must be less than maxLon",
        "1,3,2,3             | bbox minLat must be less than maxLat",
      })
  void refusesWithAReason(String text, String reason) {
    assertThatThrownBy(() -> BoundingBox.parse(text))
        .isInstanceOfSatisfying(
            ResponseStatusException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
              assertThat(e.getReason()).isEqualTo(reason);
            });
  }
}
