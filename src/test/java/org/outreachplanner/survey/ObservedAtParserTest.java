package org.outreachplanner.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObservedAtParserTest {

  private final ObservedAtParser parser = new ObservedAtParser(ObservedAtParser.SURVEY_ZONE);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-05-14T09:12:00+07:00    | 2026-05-14T02:12:00Z",
        "2026-05-14T09:12:00Z         | 2026-05-14T09:12:00Z",
        "2026-05-14t09:12:00z         | 2026-05-14T09:12:00Z",
        "2026-05-14T09:12:00.5-03:30  | 2026-05-14T12:42:00.500Z",
        "2026-05-14T09:12:00+0700     | 2026-05-14T02:12:00Z",
        "2026-05-14T09:12:00+07       | 2026-05-14T02:12:00Z",
        "2026-05-14T09:12+07:00       | 2026-05-14T02:12:00Z",
        "2026-05-14 09:12:00+07:00    | 2026-05-14T02:12:00Z",
        "2026-05-14T09:12:00,25+07:00 | 2026-05-14T02:12:00.250Z",
        // no offset: local time in Vietnam
        "2026-05-14T09:12:00          | 2026-05-14T02:12:00Z",
        "2026-05-14T09:12             | 2026-05-14T02:12:00Z",
        // before 1975 the zone had other offsets: +08:00 in 1970
        "1970-01-01T08:00:00          | 1970-01-01T00:00:00Z",
        // finer than microseconds: rounded, as PostgreSQL would
        "2026-05-14T09:12:00.1234565Z | 2026-05-14T09:12:00.123457Z",
        // other ISO-8601 forms go through java.time
        "2026-05-14T09:12:00+07:00[Asia/Ho_Chi_Minh] | 2026-05-14T02:12:00Z",
        "2026-05-14T09:12:00.123456789+07:00:00 | 2026-05-14T02:12:00.123457Z"
      })
  void readsIsoDateTimes(String text, String expected) {
    assertThat(micros(parser.parseMicros(text))).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "14-05-2026 09:12",
        "2026-05-14",
        "31/02/2026 09:12:00",
        "14/05/2026 09:12:0",
        "2019.11.25_15.34.3",
        "2019.11.25_25.34.34",
        "2019.11.25 15.34.34",
        // a bare year or date is not Unix time
        "2026",
        "20260514",
        "1598796852.",
        "1598796852.5.1",
        "-1598796852",
        "2026-02-30T09:12:00+07:00",
        "2026-13-01T09:12:00+07:00",
        "2026-05-14T24:00:00+07:00",
        "2026-05-14T09:60:00+07:00",
        "2026-05-14T09:12:61+07:00",
        "2026-05-14T09:12:00+25:00",
        "2026-05-14T09:12:00 +07:00",
        "2026-05-14T09:12:00+07:00junk",
        "0000-01-01T00:00:00Z",
        // year 1 in Vietnam is still year 0 in UTC
        "0001-01-01T00:00:00+07:00"
      })
  void refusesWhatIsNotADateTime(String text) {
    assertThat(parser.parseMicros(text)).isEqualTo(ObservedAtParser.UNPARSEABLE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // G-NetTrack's logs, local time
        "2019.11.25_15.34.34 | 2019-11-25T08:34:34Z",
        // day first, local time, with or without seconds
        "25/11/2019 15:34:34 | 2019-11-25T08:34:34Z",
        "25/11/2019 15:34    | 2019-11-25T08:34:00Z",
        // Unix seconds and milliseconds (from 10^11 on), as OpenCellID writes them
        "1598796852          | 2020-08-30T14:14:12Z",
        "1598796852.25       | 2020-08-30T14:14:12.250Z",
        "1598796859843       | 2020-08-30T14:14:19.843Z",
        "100000000000        | 1973-03-03T09:46:40Z"
      })
  void readsTheShapesSurveyAppsWrite(String text, String expected) {
    assertThat(micros(parser.parseMicros(text))).isEqualTo(Instant.parse(expected));
  }

  @org.junit.jupiter.api.Test
  void countsTheTimesReadInItsZoneButNotUnixTimesOrTimesWithAnOffset() {
    parser.parseMicros("1598796852000");
    parser.parseMicros("2026-05-14T09:12:00+07:00");
    assertThat(parser.localTimes()).isZero();

    parser.parseMicros("2019.11.25_15.34.34");
    parser.parseMicros("2026-05-14T09:12:00");
    parser.parseMicros("25/11/2019 15:34:34");
    parser.parseMicros("2026-05-14T09:12:00.123456789");
    assertThat(parser.localTimes()).isEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-07-01T12:00:00, 2026-07-01T10:00:00Z",
    "2026-01-01T12:00:00, 2026-01-01T11:00:00Z"
  })
  void localTimeFollowsTheZoneRulesOfAZoneWithSummerTime(String text, String expected) {
    ObservedAtParser paris = new ObservedAtParser(ZoneId.of("Europe/Paris"));

    assertThat(micros(paris.parseMicros(text))).isEqualTo(Instant.parse(expected));
  }

  private static Instant micros(long micros) {
    return Instant.EPOCH.plusNanos(Math.multiplyExact(micros, 1000L));
  }
}
