package org.outreachplanner.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.importer.ImportSettings;
import org.outreachplanner.importer.ProcessLimits;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads an elevation model (GeoTIFF or SRTM .hgt files, read by GDAL) into dem_tile, replacing the
 * one loaded before, and fills the climb, descent and steepest grade of the network's edges from it
 * (outreach_fill_climb: bilinear heights, grades over at least one cell): all in one transaction.
 * Each file is cut by gdal_translate into GeoTIFF chunks that PostGIS reads with ST_FromGDALRaster
 * (GeoTIFF is the one GDAL driver the database needs) and stores in tiles.
 */
@Service
public class DemImporter {

  /** Pixels per side of the chunks sent to the database. */
  static final int CHUNK = 1024;

  /** Pixels per side of the stored tiles. */
  static final int TILE = 256;

  private static final List<String> INPUT_DRIVERS = List.of("-if", "GTiff", "-if", "SRTMHGT");

  private static final String ENABLE_GTIFF = "SET LOCAL postgis.gdal_enabled_drivers = 'GTiff'";
  private static final String DELETE_TILES = "DELETE FROM dem_tile";
  private static final String INSERT_TILES =
      "INSERT INTO dem_tile (file_name, rast) SELECT ?, ST_Tile(ST_FromGDALRaster(?), ?, ?)";
  private static final String SRIDS =
      """
      SELECT DISTINCT ST_SRID(rast) AS srid,
             EXISTS (SELECT 1 FROM spatial_ref_sys s WHERE s.srid = ST_SRID(rast)) AS known
        FROM dem_tile
      """;
  private static final String ROTATED =
      "SELECT count(*) FROM dem_tile WHERE ST_SkewX(rast) <> 0 OR ST_SkewY(rast) <> 0";
  private static final String TILE_COUNT = "SELECT count(*) FROM dem_tile";
  private static final String EDGE_COUNT = "SELECT count(*) FROM road_edge";

  /** What was loaded. */
  public record Result(int files, long tiles, int srid, long edges, long edgesWithElevation) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final NetworkBuilder network;
  private final ObjectMapper json;
  private final ProcessLimits limits;

  DemImporter(
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      NetworkBuilder network,
      ObjectMapper json,
      ImportSettings settings) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.network = network;
    this.json = json;
    this.limits = settings.process();
  }

  /**
   * Replaces the elevation model with {@code files} (all in one CRS) and refreshes the edges' climb
   * and descent. Throws {@link DemRejectedException} when a file cannot be read; nothing is changed
   * then.
   */
  public Result importFiles(List<Path> files) {
    if (files.isEmpty()) {
      throw new DemRejectedException(Text.of("roads.dem.noFiles"));
    }
    Path scratch = scratchDirectory();
    try {
      List<Raster> rasters = new ArrayList<>();
      for (Path file : files) {
        rasters.add(describe(file, scratch));
      }
      return tx.execute(status -> load(rasters, scratch));
    } finally {
      deleteQuietly(scratch);
    }
  }

  /** A file GDAL can read, with its size in pixels. */
  private record Raster(Path file, String name, int width, int height) {}

  private Raster describe(Path file, Path scratch) {
    String name = file.getFileName().toString();
    if (!Files.isRegularFile(file)) {
      throw new DemRejectedException(Text.of("roads.dem.noSuchFile", name));
    }
    List<String> command = new ArrayList<>(List.of("gdalinfo", "-json"));
    command.addAll(INPUT_DRIVERS);
    command.add(file.toAbsolutePath().toString());
    JsonNode info;
    try {
      info = json.readTree(GdalTool.run(command, scratch, limits, file, name));
    } catch (JsonProcessingException e) {
      throw new DemRejectedException(Text.of("roads.dem.unreadableInfo", name));
    }
    if (info.path("coordinateSystem").path("wkt").asText("").isBlank()) {
      throw new DemRejectedException(Text.of("roads.dem.noCrs", name));
    }
    if (info.path("bands").isEmpty()) {
      throw new DemRejectedException(Text.of("roads.dem.noBand", name));
    }
    return new Raster(
        file, name, info.path("size").path(0).asInt(), info.path("size").path(1).asInt());
  }

  private Result load(List<Raster> rasters, Path scratch) {
    jdbc.execute(ENABLE_GTIFF);
    jdbc.update(DELETE_TILES);
    for (Raster r : rasters) {
      for (int y = 0; y < r.height(); y += CHUNK) {
        for (int x = 0; x < r.width(); x += CHUNK) {
          byte[] chunk =
              chunk(
                  r,
                  x,
                  y,
                  Math.min(CHUNK, r.width() - x),
                  Math.min(CHUNK, r.height() - y),
                  scratch);
          jdbc.update(INSERT_TILES, r.name(), chunk, TILE, TILE);
        }
      }
    }
    List<int[]> srids =
        jdbc.query(SRIDS, (rs, n) -> new int[] {rs.getInt("srid"), rs.getBoolean("known") ? 1 : 0});
    if (srids.size() != 1) {
      throw new DemRejectedException(Text.of("roads.dem.mixedCrs"));
    }
    int srid = srids.get(0)[0];
    if (srid == 0 || srids.get(0)[1] == 0) {
      throw new DemRejectedException(Text.of("roads.dem.unknownCrs"));
    }
    if (jdbc.queryForObject(ROTATED, Long.class) > 0) {
      throw new DemRejectedException(Text.of("roads.dem.rotated"));
    }
    long tiles = jdbc.queryForObject(TILE_COUNT, Long.class);
    long edges = jdbc.queryForObject(EDGE_COUNT, Long.class);
    long withElevation = network.refreshElevation();
    return new Result(rasters.size(), tiles, srid, edges, withElevation);
  }

  /** One window of a file as GeoTIFF bytes (band 1). */
  private byte[] chunk(Raster r, int x, int y, int w, int h, Path scratch) {
    Path out = scratch.resolve("chunk.tif");
    List<String> command = new ArrayList<>(List.of("gdal_translate", "-q"));
    command.addAll(INPUT_DRIVERS);
    command.addAll(
        List.of(
            "-of",
            "GTiff",
            "-b",
            "1",
            "-co",
            "COMPRESS=DEFLATE",
            "-srcwin",
            String.valueOf(x),
            String.valueOf(y),
            String.valueOf(w),
            String.valueOf(h),
            r.file().toAbsolutePath().toString(),
            out.toString()));
    GdalTool.run(command, scratch, limits, r.file(), r.name());
    try {
      return Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(out);
    }
  }

  private static Path scratchDirectory() {
    try {
      return Files.createTempDirectory("outreach-dem-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch folder for the elevation model", e);
    }
  }

  private static void deleteQuietly(Path path) {
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a scratch file left behind in the temporary folder is harmless
    }
  }
}
