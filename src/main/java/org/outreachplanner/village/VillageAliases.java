package org.outreachplanner.village;

import java.util.List;

/**
 * The aliases of a village's columns shared by the village list and the census figures: the ASCII
 * ones and the headers a commune office or the commune police write in their sheets (compared
 * without case, diacritics, spaces or punctuation, see {@code ColumnAliases.key}), and the headers
 * of the completion-by-village download in both languages ({@code api.xlsx.column.*}), so that the
 * download imports back unchanged.
 */
final class VillageAliases {

  static final List<String> CODE =
      List.of("village_code", "ma_thon", "ma", "Mã thôn, bản", "Mã thôn/bản");
  static final List<String> NAME =
      List.of("ten_thon", "ten", "Tên thôn, bản", "Tên thôn/bản", "Thôn/bản", "Thôn");
  static final List<String> COMMUNE_CODE = List.of("ma_xa", "Mã xã/phường");
  static final List<String> HOUSEHOLDS = List.of("so_ho", "ho", "Tổng số hộ", "Số hộ gia đình");
  static final List<String> RESIDENTS =
      List.of(
          "nhan_khau",
          "so_dan",
          "population",
          "Số nhân khẩu",
          "Tổng số nhân khẩu",
          "Dân số",
          "Số dân cư");
  static final List<String> ELIGIBLE =
      List.of(
          "residents_14plus",
          "eligible_14plus",
          "tu_14_tuoi",
          "Số người đủ điều kiện",
          "Đủ điều kiện",
          "Số người đủ điều kiện kích hoạt",
          "Số người từ 14 tuổi trở lên",
          "Từ 14 tuổi trở lên",
          "Eligible (aged 14+)",
          "Người đủ điều kiện (từ 14 tuổi)");
  static final List<String> EID_DONE =
      List.of(
          "eid_level2_done",
          "dinh_danh_muc_2",
          "Đã kích hoạt mức 2",
          "Đã kích hoạt",
          "Kích hoạt mức 2",
          "Đã kích hoạt định danh mức 2",
          "Đã kích hoạt VNeID mức 2",
          "Số đã kích hoạt",
          "Level-2 e-ID done",
          "Đã có định danh mức 2");

  private VillageAliases() {}
}
