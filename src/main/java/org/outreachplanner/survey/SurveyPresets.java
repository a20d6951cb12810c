package org.outreachplanner.survey;

import static org.outreachplanner.survey.SurveyRowValidator.MCC;
import static org.outreachplanner.survey.SurveyRowValidator.MCC_MNC;
import static org.outreachplanner.survey.SurveyRowValidator.MNC;
import static org.outreachplanner.survey.SurveyRowValidator.OBSERVED_AT;
import static org.outreachplanner.survey.SurveyRowValidator.OPERATOR;
import static org.outreachplanner.survey.SurveyRowValidator.QUALITY;
import static org.outreachplanner.survey.SurveyRowValidator.SIGNAL;
import static org.outreachplanner.survey.SurveyRowValidator.TECHNOLOGY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.importer.ColumnPreset;

/**
 * The survey files apps write, recognised from their header row (docs/data-formats.md). Each was
 * written from the format's published column list; the coordinates ({@code lat}/{@code lon}, {@code
 * Latitude}/{@code Longitude}) are found by the CSV reader as in any file.
 */
final class SurveyPresets {

  /**
   * OpenCellID's measurement format, as Network Cell Info Lite and Tower Collector export it:
   * {@code mcc,mnc,lac,cellid,lat,lon,signal,measured_at,rating,speed,direction,act,ta,psc,tac,
   * pci,sid,nid,bid}. {@code signal} is the dBm of the radio's own measure, {@code measured_at}
   * Unix milliseconds, {@code act} the radio.
   */
  static final ColumnPreset OPENCELLID =
      new ColumnPreset(
          "OpenCellID measurements",
          List.of("mcc", "mnc", "lac", "cellid", "signal", "measured_at", "act"),
          map(
              "mcc", MCC,
              "mnc", MNC,
              "signal", SIGNAL,
              "measured_at", OBSERVED_AT,
              "act", TECHNOLOGY));

  /**
   * G-NetTrack Pro's tab-separated logs: {@code Timestamp} as {@code 2019.11.25_15.34.34}, {@code
   * Operatorname} and {@code Operator} (MCC and MNC together), {@code NetworkTech}, {@code Level}
   * (the radio's own measure), {@code Qual} (RSRQ or Ec/No), {@code SNR}, {@code LTERSSI}.
   */
  static final ColumnPreset GNETTRACK =
      new ColumnPreset(
          "G-NetTrack Pro log",
          List.of("Timestamp", "Operatorname", "NetworkTech", "Level", "Qual"),
          map(
              "Timestamp", OBSERVED_AT,
              "Operatorname", OPERATOR,
              "Operator", MCC_MNC,
              "NetworkTech", TECHNOLOGY,
              "Level", SIGNAL,
              "Qual", QUALITY,
              "SNR", SignalMeasure.SNR.column(),
              "LTERSSI", SignalMeasure.RSSI.column()));

  /**
   * CellMapper's CSV export, which has no header row: {@code Latitude, Longitude, Altitude, MCC,
   * MNC, LAC, Cell, Signal, Type, Subtype, ARFCN, PCI}, one reading a row and no time of day (the
   * column order as the Cell Data Viewer project, github.com/NerdTech-aut/cmcdv, reads these
   * exports, and as a published export, github.com/andrefalb/CellMapper_CSV_Visualizer, has it).
   * {@code Signal} is the dBm the app shows for the radio, {@code Type} the radio.
   */
  static final ColumnPreset CELLMAPPER =
      new ColumnPreset(
          "CellMapper CSV export",
          List.of("MCC", "MNC", "LAC", "Cell", "Signal", "Type", "Subtype", "ARFCN", "PCI"),
          map(
              "MCC", MCC,
              "MNC", MNC,
              "Signal", SIGNAL,
              "Type", TECHNOLOGY),
          List.of(
              "Latitude",
              "Longitude",
              "Altitude",
              "MCC",
              "MNC",
              "LAC",
              "Cell",
              "Signal",
              "Type",
              "Subtype",
              "ARFCN",
              "PCI"));

  static final List<ColumnPreset> ALL = List.of(OPENCELLID, GNETTRACK, CELLMAPPER);

  /** The preset called {@code name}, or null. */
  static ColumnPreset named(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
  }

  private SurveyPresets() {}

  private static Map<String, String> map(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
