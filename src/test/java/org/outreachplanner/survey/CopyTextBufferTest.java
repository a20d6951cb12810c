package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyTextBufferTest {

  private final CopyTextBuffer buffer = new CopyTextBuffer(256);

  @ParameterizedTest
  @ValueSource(
      longs = {
        0,
        7,
        -7,
        10,
        99,
        100,
        -100,
        12345,
        1_000_000_000_000_000_000L,
        Long.MAX_VALUE,
        Long.MIN_VALUE,
        -999_999_999_999_999_999L
      })
  void writesWholeNumbersAsJavaPrintsThem(long value) {
    buffer.decimal(value);

    assertThat(written()).isEqualTo(Long.toString(value));
  }

  @Test
  void writesFloatsWithoutATrailingFraction() {
    buffer.decimal(-95.0);
    buffer.tab();
    buffer.decimal(-11.5);
    buffer.tab();
    buffer.decimal(0.1);

    assertThat(written()).isEqualTo("-95\t-11.5\t0.1");
  }

  @Test
  void writesTimestampsInUtcToTheMicrosecond() {
    buffer.timestamp(micros("2026-05-14T02:12:00Z"));
    buffer.tab();
    buffer.timestamp(micros("1970-01-01T00:00:00.000001Z"));
    buffer.tab();
    buffer.timestamp(micros("1969-12-31T23:59:59.5Z"));
    buffer.tab();
    // same slot of the date cache as 2026-05-14, 1024 days later
    buffer.timestamp(micros("2026-05-14T02:12:00Z") + 1024L * 86_400_000_000L);
    buffer.tab();
    buffer.timestamp(micros("0001-01-01T00:00:00Z"));

    assertThat(written())
        .isEqualTo(
            "2026-05-14 02:12:00+00\t1970-01-01 00:00:00.000001+00\t1969-12-31 23:59:59.500000+00"
                + "\t2029-03-03 02:12:00+00\t0001-01-01 00:00:00+00");
  }

  @Test
  void escapesWhatCopyGivesAMeaningTo() {
    buffer.text("a\\b\tc\nd\re");
    buffer.tab();
    buffer.text("Cà Roòng\t1");

    assertThat(written()).isEqualTo("a\\\\b\\tc\\nd\\re\tCà Roòng\\t1");
  }

  @Test
  void writesLittleEndianHex() {
    buffer.littleEndianHex(Double.doubleToRawLongBits(1.0));

    assertThat(written()).isEqualTo("000000000000F03F");
  }

  private String written() {
    return new String(buffer.bytes(), 0, buffer.length(), StandardCharsets.UTF_8);
  }

  private static long micros(String instant) {
    Instant i = Instant.parse(instant);
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }
}
