package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyBinaryBufferTest {

  private final CopyBinaryBuffer buffer = new CopyBinaryBuffer(256);

  @Test
  void startsWithTheSignatureAndEndsWithMinusOne() {
    buffer.header();
    buffer.trailer();

    byte[] expected = {
      'P',
      'G',
      'C',
      'O',
      'P',
      'Y',
      '\n',
      (byte) 0xFF,
      '\r',
      '\n',
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      (byte) 0xFF,
      (byte) 0xFF
    };
    assertThat(written().array()).isEqualTo(expected);
  }

  @Test
  void writesEachFieldAfterItsLength() {
    buffer.row(3);
    buffer.int8(-2);
    buffer.nullValue();
    buffer.float4(-95.5f);

    ByteBuffer b = written();
    assertThat(b.getShort()).isEqualTo((short) 3);
    assertThat(b.getInt()).isEqualTo(8);
    assertThat(b.getLong()).isEqualTo(-2);
    assertThat(b.getInt()).isEqualTo(-1);
    assertThat(b.getInt()).isEqualTo(4);
    assertThat(b.getFloat()).isEqualTo(-95.5f);
    assertThat(b.hasRemaining()).isFalse();
  }

  @Test
  void writesTimestampsInMicrosecondsSince2000() {
    buffer.timestamp(micros("2000-01-01T00:00:00Z"));
    buffer.timestamp(micros("2026-05-14T02:12:00.000001Z"));
    buffer.timestamp(micros("1969-12-31T23:59:59.5Z"));

    ByteBuffer b = written();
    assertThat(b.getInt()).isEqualTo(8);
    assertThat(b.getLong()).isZero();
    assertThat(b.getInt()).isEqualTo(8);
    assertThat(b.getLong()).isEqualTo(832_039_920_000_001L);
    assertThat(b.getInt()).isEqualTo(8);
    assertThat(b.getLong()).isEqualTo(-946_684_800_500_000L);
  }

  @Test
  void writesTextAsUtf8WithoutEscapes() {
    buffer.text("a\\b\tc");
    buffer.text("Cà Roòng");
    buffer.text("");

    ByteBuffer b = written();
    assertThat(text(b)).isEqualTo("a\\b\tc");
    assertThat(text(b)).isEqualTo("Cà Roòng");
    assertThat(text(b)).isEmpty();
    assertThat(b.hasRemaining()).isFalse();
  }

  @Test
  void writesPointsAsLittleEndianEwkbWithSrid4326() {
    buffer.point4326(105.25, -0.0);

    ByteBuffer b = written();
    assertThat(b.getInt()).isEqualTo(25);
    assertThat(b.get()).isEqualTo((byte) 1);
    b.order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getInt()).isEqualTo(0x20000001);
    assertThat(b.getInt()).isEqualTo(4326);
    assertThat(b.getLong()).isEqualTo(Double.doubleToRawLongBits(105.25));
    assertThat(b.getLong()).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  private ByteBuffer written() {
    return ByteBuffer.wrap(Arrays.copyOf(buffer.bytes(), buffer.length()));
  }

  private static String text(ByteBuffer b) {
    byte[] utf8 = new byte[b.getInt()];
    b.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static long micros(String instant) {
    Instant i = Instant.parse(instant);
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
  }
}
