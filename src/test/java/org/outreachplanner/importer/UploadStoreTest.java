package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

class UploadStoreTest {

  @Test
  void displayNamesLoseFoldersAndControlCharacters() {
    assertThat(UploadStore.displayName("C:\\fakepath\\thôn bản.csv")).isEqualTo("thôn bản.csv");
    assertThat(UploadStore.displayName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(UploadStore.displayName("a\nb\u0000.geojson")).isEqualTo("ab.geojson");
    assertThat(UploadStore.displayName(null)).isEqualTo("upload");
    assertThat(UploadStore.displayName("dir/")).isEqualTo("upload");
  }

  @Test
  void fileNamesOnDiskAreSafeAndKeepTheirExtensions() {
    assertThat(UploadStore.safeFileName("Thượng Trạch đường.osm.pbf"))
        .isEqualTo("Thuong_Trach_duong.osm.pbf");
    assertThat(UploadStore.safeFileName("..passwd")).isEqualTo("passwd");
    assertThat(UploadStore.safeFileName("....")).isEqualTo("upload");
    assertThat(UploadStore.safeFileName(".geojson")).isEqualTo("geojson");
    assertThat(UploadStore.safeFileName("a..b.zip")).isEqualTo("a.b.zip");
    assertThat(UploadStore.safeFileName("x".repeat(300) + ".gpkg"))
        .isEqualTo("x".repeat(115) + ".gpkg");
  }

  @Test
  void anUploadLivesInAFolderOfItsOwnUntilClosed(@TempDir Path base) throws Exception {
    UploadStore store = new UploadStore(ImportSettings.defaults(base));
    MockMultipartFile file =
        new MockMultipartFile("file", "../villages.csv", "text/csv", "code\nV1\n".getBytes());

    Path folder;
    try (UploadStore.Upload upload = store.save(file)) {
      folder = upload.folder();
      assertThat(upload.originalName()).isEqualTo("villages.csv");
      assertThat(upload.path().getParent()).isEqualTo(folder);
      assertThat(folder.getParent()).isEqualTo(base);
      assertThat(upload.path().getFileName().toString()).isEqualTo("villages.csv");
      assertThat(Files.readString(upload.path())).isEqualTo("code\nV1\n");
    }
    assertThat(folder).doesNotExist();
  }
}
