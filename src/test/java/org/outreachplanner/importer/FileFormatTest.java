package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileFormatTest {

  @Test
  void tellsFormatsByExtensionIgnoringCase() {
    assertThat(FileFormat.of("villages.CSV")).isEqualTo(FileFormat.CSV);
    assertThat(FileFormat.of("communes.geojson")).isEqualTo(FileFormat.GEOJSON);
    assertThat(FileFormat.of("communes.json")).isEqualTo(FileFormat.GEOJSON);
    assertThat(FileFormat.of("data.GPKG")).isEqualTo(FileFormat.GEOPACKAGE);
    assertThat(FileFormat.of("roads.Shp")).isEqualTo(FileFormat.SHAPEFILE);
    assertThat(FileFormat.of("villages.kml")).isEqualTo(FileFormat.KML);
    assertThat(FileFormat.of("vietnam.osm.pbf")).isEqualTo(FileFormat.OSM);
    assertThat(FileFormat.of("vietnam.pbf")).isEqualTo(FileFormat.OSM);
    assertThat(FileFormat.of("extract.osm")).isEqualTo(FileFormat.OSM);
    assertThat(FileFormat.of("upload.zip")).isEqualTo(FileFormat.ZIP);
    assertThat(FileFormat.of("villages.xls")).isEqualTo(FileFormat.XLS);
    assertThat(FileFormat.of("Danh sách thôn.XLSX")).isEqualTo(FileFormat.XLSX);
    assertThat(FileFormat.of("tien-do.ods")).isEqualTo(FileFormat.ODS);
    assertThat(FileFormat.of("villages.docx")).isNull();
    assertThat(FileFormat.of(".csv")).isNull();
    assertThat(FileFormat.of("README")).isNull();
  }

  @Test
  void baseNamesDropTheWholeExtension() {
    assertThat(FileFormat.baseName("vietnam.osm.pbf")).isEqualTo("vietnam");
    assertThat(FileFormat.baseName("Roads.SHP")).isEqualTo("Roads");
    assertThat(FileFormat.baseName("roads.shx")).isEqualTo("roads");
  }

  @Test
  void listsWhatIsSupported() {
    assertThat(FileFormat.supportedList())
        .isEqualTo(
            ".csv, .geojson, .gpkg, .json, .kml, .ods, .osm, .osm.pbf, .pbf, .shp, .tsv, .txt,"
                + " .xls, .xlsx, .zip");
    assertThat(FileFormat.unsupported("villages.docx").english())
        .isEqualTo("unsupported format '.docx'; supported: " + FileFormat.supportedList());
    assertThat(FileFormat.unsupported("README").english())
        .isEqualTo(
            "unsupported format without an extension; supported: " + FileFormat.supportedList());
  }
}
