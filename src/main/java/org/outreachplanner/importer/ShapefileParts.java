package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.outreachplanner.i18n.Text;

/**
 * The files of one shapefile: its {@code .shp}, and beside it the {@code .shx}, {@code .dbf},
 * {@code .prj} and {@code .cpg} of the same base name (letter case aside). Never another file's
 * {@code .prj}: GDAL is given links to exactly these parts in a folder of their own.
 */
final class ShapefileParts {

  private final Path shp;
  private final Path shx;
  private final Path dbf;
  private final Path prj;
  private final Path cpg;
  private final String fileName;

  private ShapefileParts(Path shp, Path shx, Path dbf, Path prj, Path cpg, String fileName) {
    this.shp = shp;
    this.shx = shx;
    this.dbf = dbf;
    this.prj = prj;
    this.cpg = cpg;
    this.fileName = fileName;
  }

  /** Finds the parts; refuses a shapefile without .shx or .dbf, or without .prj and --crs. */
  static ShapefileParts find(Path shp, String fileName, Integer crs) {
    String base = FileFormat.baseName(shp.getFileName().toString());
    List<Path> siblings;
    try (Stream<Path> files = Files.list(shp.toAbsolutePath().getParent())) {
      siblings = files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path shx = part(siblings, base, ".shx");
    Path dbf = part(siblings, base, ".dbf");
    if (shx == null || dbf == null) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of("imports.shapefile.missingPart", base + (shx == null ? ".shx" : ".dbf")));
    }
    Path prj = part(siblings, base, ".prj");
    if (prj == null && crs == null) {
      throw ImportRejectedException.ofFile(fileName, Text.of("imports.shapefile.noPrj"));
    }
    return new ShapefileParts(shp, shx, dbf, prj, part(siblings, base, ".cpg"), fileName);
  }

  boolean hasPrj() {
    return prj != null;
  }

  /**
   * The encoding of the .dbf text: {@code --encoding} when given, else the .cpg's, else UTF-8.
   * Checks that all of the text is valid in it.
   */
  Charset checkedEncoding(String option) {
    Charset charset;
    Text how;
    if (option != null && !option.isBlank()) {
      charset = TextEncoding.charset(option);
      how = Text.of("imports.encoding.asOption");
      if (charset == null) {
        throw ImportRejectedException.ofFile(
            fileName, Text.of("imports.encoding.unknownOption", option));
      }
    } else if (cpg != null) {
      String declared = read(cpg).strip();
      charset = TextEncoding.charset(declared);
      how = Text.of("imports.encoding.asCpg");
      if (charset == null) {
        throw ImportRejectedException.ofFile(
            fileName, Text.of("imports.encoding.unknownCpg", declared));
      }
    } else {
      charset = StandardCharsets.UTF_8;
      how = Text.of("imports.encoding.default");
    }
    if (TextEncoding.postgresName(charset) == null) {
      throw ImportRejectedException.ofFile(
          fileName,
          Text.of("imports.encoding.unsupported", charset.name(), TextEncoding.postgresCharsets()));
    }
    DbfText.check(dbf, charset, fileName, how);
    return charset;
  }

  /**
   * Links the parts into {@code dir} under their base name with lower-case extensions, leaving out
   * the .cpg (the encoding is given to GDAL) and, when {@code withPrj} is false, the .prj.
   */
  Path linkInto(Path dir, boolean withPrj) {
    String base = FileFormat.baseName(shp.getFileName().toString());
    try {
      Path linked = link(dir, base + ".shp", shp);
      link(dir, base + ".shx", shx);
      link(dir, base + ".dbf", dbf);
      if (withPrj && prj != null) {
        link(dir, base + ".prj", prj);
      }
      return linked;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + fileName + " for GDAL", e);
    }
  }

  private static Path link(Path dir, String name, Path target) throws IOException {
    return Files.createSymbolicLink(dir.resolve(name), target.toAbsolutePath());
  }

  private static Path part(List<Path> siblings, String base, String ext) {
    String wanted = base + ext;
    return siblings.stream()
        .filter(p -> p.getFileName().toString().equalsIgnoreCase(wanted))
        .findFirst()
        .orElse(null);
  }

  private static String read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(256), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
