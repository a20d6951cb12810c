package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The whole country after the 2025 reorganisation: 34 provinces and 3,321 communes. Each province
 * has its real code and name, a centre near its real one, its rough area, its number of communes
 * and its main ethnic groups; land-border provinces have their border to the north or the west.
 * Communes, villages, teams, roads and survey readings inside are synthetic, as in the province
 * preset.
 */
final class NationalPreset {

  static final int COMMUNES = 3_321;
  static final int VILLAGES = 100_000;
  static final long SURVEY_POINTS = 10_000_000;
  static final int MOST_COMMUNES_PER_PROVINCE = 999;

  /** Which side of a province the land border runs along. */
  enum Border {
    NONE,
    NORTH,
    WEST
  }

  /** A province of the table. */
  record Province(
      int number,
      ProvincePreset.Placement placement,
      double areaKm2,
      int communes,
      Border border) {}

  /** code | name | centre lon | lat | area km² | communes | border | main ethnic groups */
  private static final String PROVINCES =
      """
      01 | Hà Nội      | 105.70 | 21.00 |  3360 | 126 | -     | Kinh;Mường;Dao
      04 | Cao Bằng    | 106.05 | 22.70 |  6700 |  56 | north | Tày;Nùng;Mông
      08 | Tuyên Quang | 105.10 | 22.40 | 13800 | 124 | north | Mông;Tày;Dao
      11 | Điện Biên   | 103.10 | 21.70 |  9540 |  45 | west  | Thái;Mông;Khơ Mú
      12 | Lai Châu    | 103.20 | 22.35 |  9070 |  38 | north | Thái;Mông;Hà Nhì
      14 | Sơn La      | 104.00 | 21.20 | 14110 |  75 | west  | Thái;Mông;Mường
      15 | Lào Cai     | 104.30 | 22.10 | 13260 |  99 | north | Mông;Dao;Tày
      19 | Thái Nguyên | 105.85 | 21.90 |  8380 |  92 | -     | Tày;Nùng;Dao
      20 | Lạng Sơn    | 106.60 | 21.85 |  8310 |  65 | north | Nùng;Tày;Dao
      22 | Quảng Ninh  | 107.30 | 21.15 |  6210 |  54 | north | Kinh;Dao;Tày
      24 | Bắc Ninh    | 106.30 | 21.25 |  4720 |  99 | -     | Kinh;Nùng;Tày
      25 | Phú Thọ     | 105.25 | 21.05 |  9360 | 148 | -     | Kinh;Mường;Dao
      31 | Hải Phòng   | 106.50 | 20.85 |  3190 | 114 | -     | Kinh;Hoa
      33 | Hưng Yên    | 106.15 | 20.60 |  2510 | 104 | -     | Kinh
      37 | Ninh Bình   | 106.00 | 20.25 |  3940 | 129 | -     | Kinh;Mường
      38 | Thanh Hóa   | 105.40 | 19.95 | 11110 | 166 | west  | Kinh;Mường;Thái
      40 | Nghệ An     | 104.90 | 19.15 | 16490 | 130 | west  | Kinh;Thái;Khơ Mú
      42 | Hà Tĩnh     | 105.80 | 18.35 |  5990 |  69 | west  | Kinh;Chứt
      44 | Quảng Trị   | 106.40 | 17.10 | 12700 |  78 | west  | Kinh;Bru-Vân Kiều;Chứt
      46 | Huế         | 107.50 | 16.35 |  4950 |  40 | west  | Kinh;Tà Ôi;Cơ Tu
      48 | Đà Nẵng     | 107.90 | 15.65 | 11860 |  94 | west  | Kinh;Cơ Tu;Xơ Đăng
      51 | Quảng Ngãi  | 108.20 | 14.75 | 14830 |  96 | west  | Kinh;Xơ Đăng;Hrê
      52 | Gia Lai     | 108.40 | 13.90 | 21580 | 135 | west  | Gia Rai;Ba Na;Kinh
      56 | Khánh Hòa   | 109.00 | 12.10 |  8560 |  65 | -     | Kinh;Raglai;Chăm
      66 | Đắk Lắk     | 108.50 | 12.85 | 18100 | 102 | west  | Ê Đê;Kinh;Mông
      68 | Lâm Đồng    | 107.90 | 11.65 | 24230 | 124 | west  | Kinh;Cơ Ho;Mạ
      75 | Đồng Nai    | 107.00 | 11.30 | 12740 |  95 | west  | Kinh;Xtiêng;Chơ Ro
      79 | Hồ Chí Minh | 106.70 | 10.80 |  6770 | 168 | -     | Kinh;Hoa;Khmer
      80 | Tây Ninh    | 106.10 | 10.95 |  8540 |  96 | west  | Kinh;Khmer
      82 | Đồng Tháp   | 106.00 | 10.45 |  5940 | 102 | west  | Kinh;Khmer
      86 | Vĩnh Long   | 106.20 | 10.00 |  6300 | 124 | -     | Kinh;Khmer
      91 | An Giang    | 105.10 | 10.30 |  9890 | 102 | west  | Kinh;Khmer;Chăm
      92 | Cần Thơ     | 105.80 |  9.75 |  6360 | 103 | -     | Kinh;Khmer;Hoa
      96 | Cà Mau      | 105.15 |  9.20 |  7940 |  64 | -     | Kinh;Khmer
      """;

  /** Communes are packed a little tighter than the area so that provinces barely overlap. */
  private static final double FOOTPRINT = 0.85;

  private static final double NORTHERN_NAMES_FROM_LAT = 19.5;

  static final List<Province> ALL = parse();

  private NationalPreset() {}

  /** The first {@code count} provinces of the table, north to south. */
  static List<Province> first(int count) {
    return ALL.subList(0, count);
  }

  /** Each province's share of {@code total}, at least {@code least[p]} each, by its weight. */
  static int[] share(long total, double[] weights, int[] least, int most) {
    int[] max = new int[weights.length];
    Arrays.fill(max, most);
    return Apportionment.split(total, weights, least, max);
  }

  /** The real number of communes of each province, as weights. */
  static double[] communeWeights(List<Province> provinces) {
    return provinces.stream().mapToDouble(Province::communes).toArray();
  }

  /**
   * The province's placement for {@code communes} communes: they fill about its real area, so the
   * more communes, the smaller each one.
   */
  static ProvincePreset.Placement placement(Province province, int communes) {
    ProvincePreset.Placement p = province.placement();
    double sideKm = Math.sqrt(province.areaKm2()) * FOOTPRINT;
    return new ProvincePreset.Placement(
        p.code(),
        p.name(),
        p.firstCommuneCode(),
        p.communeCodeDigits(),
        p.centreLon(),
        p.centreLat(),
        sideKm,
        sideKm / Math.ceil(Math.sqrt(communes)),
        p.naming(),
        p.ethnicGroups());
  }

  private static List<Province> parse() {
    List<Province> provinces = new ArrayList<>();
    for (String row : PROVINCES.strip().split("\n")) {
      String[] cell = row.split("\\|");
      String code = cell[0].trim();
      double lat = Double.parseDouble(cell[3].trim());
      ProvincePreset.Placement placement =
          new ProvincePreset.Placement(
              code,
              cell[1].trim(),
              Integer.parseInt(code) * 1000 + 1,
              5,
              Double.parseDouble(cell[2].trim()),
              lat,
              0,
              0,
              lat >= NORTHERN_NAMES_FROM_LAT ? VillageNaming.NORTHWEST : VillageNaming.TRUONG_SON,
              List.of(cell[7].trim().split(";")));
      Border border =
          switch (cell[6].trim()) {
            case "north" -> Border.NORTH;
            case "west" -> Border.WEST;
            default -> Border.NONE;
          };
      provinces.add(
          new Province(
              provinces.size(),
              placement,
              Double.parseDouble(cell[4].trim()),
              Integer.parseInt(cell[5].trim()),
              border));
    }
    return List.copyOf(provinces);
  }
}
