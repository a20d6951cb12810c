package org.outreachplanner.fieldreport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.importer.ColumnAliases;

/**
 * The columns of a file of reports typed from paper forms (docs/data-formats.md), with their
 * Vietnamese and English aliases (matched ignoring case, diacritics, spaces and punctuation).
 */
final class ReportColumns {

  static final String ID = "id";
  static final String FORM = "form_no";
  static final String TEAM = "team";
  static final String VILLAGE = "village";
  static final String DATE = "visit_date";
  static final String PLANNED = "planned_visit_id";
  static final String REACHED = "reached";
  static final String REASON = "not_reached_reason";
  static final String START = "start_time";
  static final String END = "end_time";
  static final String HOUSEHOLDS = "households_helped";
  static final String ACTIVATIONS = "activations_completed";
  static final String NO_SIGNAL = "unfinished_no_signal";
  static final String NO_SIM = "unfinished_no_sim";
  static final String NO_PHONE = "unfinished_no_phone";
  static final String PAPERS = "unfinished_papers_missing";
  static final String SIMS = "sim_cards_handed_out";
  static final String LENT = "phones_lent";
  static final String RETURNED = "phones_returned";
  static final String SIGNAL = "signal";
  static final String NOTES = "notes";

  static final List<String> REQUIRED = List.of(TEAM, VILLAGE, DATE, REACHED);

  static final ColumnAliases ALIASES = ColumnAliases.of(aliases());

  private ReportColumns() {}

  private static Map<String, List<String>> aliases() {
    Map<String, List<String>> a = new LinkedHashMap<>();
    a.put(ID, List.of("report_id", "mã báo cáo"));
    a.put(FORM, List.of("form", "form_number", "số phiếu", "phiếu"));
    a.put(TEAM, List.of("team_code", "mã tổ", "tổ"));
    a.put(VILLAGE, List.of("village_code", "mã thôn", "thôn", "thôn bản"));
    a.put(DATE, List.of("date", "ngày", "ngày đi"));
    a.put(PLANNED, List.of("planned_visit", "mã chuyến"));
    a.put(REACHED, List.of("đã đến", "đến được"));
    a.put(REASON, List.of("reason", "lý do", "lý do không đến"));
    a.put(START, List.of("start", "giờ bắt đầu", "bắt đầu"));
    a.put(END, List.of("end", "giờ kết thúc", "kết thúc"));
    a.put(HOUSEHOLDS, List.of("households", "số hộ được hỗ trợ", "hộ được hỗ trợ"));
    a.put(ACTIVATIONS, List.of("activations", "kích hoạt mức 2", "số kích hoạt"));
    a.put(NO_SIGNAL, List.of("no_signal", "không có sóng", "dở dang không sóng"));
    a.put(NO_SIM, List.of("no_sim", "không có sim", "dở dang không sim"));
    a.put(NO_PHONE, List.of("no_phone", "không có điện thoại", "dở dang không điện thoại"));
    a.put(PAPERS, List.of("papers_missing", "thiếu giấy tờ", "dở dang thiếu giấy tờ"));
    a.put(SIMS, List.of("sim_cards", "số sim đã phát", "sim đã phát"));
    a.put(LENT, List.of("máy cho mượn", "điện thoại cho mượn"));
    a.put(RETURNED, List.of("máy trả lại", "điện thoại trả lại"));
    a.put(SIGNAL, List.of("sóng", "sóng điện thoại"));
    a.put(NOTES, List.of("note", "ghi chú"));
    return a;
  }
}
