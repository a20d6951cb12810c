package org.outreachplanner.importer;

import java.util.List;
import java.util.Map;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page's mapping step: a preview of what an import would make of a file's columns, and
 * the column mappings saved under a name for a kind. Nothing here imports anything.
 */
@RestController
@RequestMapping("/api/imports/{kind}")
class ColumnMappingController {

  /** The longest file column name a saved mapping may hold. */
  static final int MAX_SOURCE = 200;

  private final ImportService service;
  private final UploadStore uploads;
  private final SavedPresets saved;
  private final FileFeatureReader reader;

  ColumnMappingController(
      ImportService service, UploadStore uploads, SavedPresets saved, FileFeatureReader reader) {
    this.service = service;
    this.uploads = uploads;
    this.saved = saved;
    this.reader = reader;
  }

  /**
   * The file's columns, first rows, recognised layout, and where each of the kind's columns would
   * come from with the mapping given ({@code column=TARGET=SOURCE}, repeatable); of a spreadsheet
   * (XLSX, XLS, ODS) the sheet {@code layer} (by name or position; the first with data when none is
   * given), its header found below the title rows or given as {@code headerRow}, and the names of
   * all its sheets.
   */
  @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ColumnPreview.Answer preview(
      @PathVariable String kind,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String encoding,
      @RequestParam(name = "column", required = false) List<String> column,
      @RequestParam(required = false) String layer,
      @RequestParam(required = false) Integer headerRow) {
    KindImporter importer = service.importer(ImportController.kind(kind));
    ImportController.checkEncoding(encoding);
    Map<String, String> mapping = ImportController.pairs(column, "imports.request.badColumn");
    try (UploadStore.Upload upload = uploads.save(file)) {
      ImportOptions options =
          new ImportOptions(
              upload.originalName(),
              null,
              ImportController.blankToNull(layer),
              ImportController.blankToNull(encoding),
              false,
              Map.of(),
              mapping,
              null,
              headerRow);
      return ColumnPreview.of(importer, upload.path(), options, reader::readSheet);
    }
  }

  /**
   * The presets of a kind.
   *
   * @param builtIn the layouts recognised from a header row, by name
   * @param saved the mappings planners saved, by name
   */
  record Presets(String kind, List<String> builtIn, List<SavedPresets.Saved> saved) {}

  /** The layouts recognised for a kind, and the mappings saved for it. */
  @GetMapping("/presets")
  Presets presets(@PathVariable String kind) {
    ImportKind k = ImportController.kind(kind);
    List<String> builtIn =
        service.importer(k).columns().presets().stream().map(ColumnPreset::name).toList();
    return new Presets(k.cliName(), builtIn, saved.list(k));
  }

  /** One saved mapping. */
  @GetMapping("/presets/{name}")
  SavedPresets.Saved preset(@PathVariable String kind, @PathVariable String name) {
    ImportKind k = ImportController.kind(kind);
    return saved.find(k, name).orElseThrow(() -> noPreset(k, name));
  }

  /** The body of a PUT: the kind's column → the file's column that holds it. */
  record Mapping(Map<String, String> mapping) {}

  /** Saves (or replaces) a mapping under a name. */
  @PutMapping(path = "/presets/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
  SavedPresets.Saved save(
      @PathVariable String kind, @PathVariable String name, @RequestBody Mapping body) {
    ImportKind k = ImportController.kind(kind);
    Text problem = SavedPresets.nameProblem(name);
    if (problem != null) {
      throw new ImportRequestException(problem);
    }
    if (body == null || body.mapping() == null || body.mapping().isEmpty()) {
      throw new ImportRequestException(Text.of("imports.presets.emptyMapping"));
    }
    ColumnAliases aliases = service.importer(k).columns();
    body.mapping().forEach((target, source) -> checkPair(aliases, target, source));
    return saved.save(k, name.strip(), body.mapping());
  }

  /** Deletes a saved mapping: 204, or 404 when there is none by that name. */
  @DeleteMapping("/presets/{name}")
  ResponseEntity<Void> delete(@PathVariable String kind, @PathVariable String name) {
    ImportKind k = ImportController.kind(kind);
    if (!saved.delete(k, name)) {
      throw noPreset(k, name);
    }
    return ResponseEntity.noContent().build();
  }

  private static void checkPair(ColumnAliases aliases, String target, String source) {
    boolean known =
        target != null
            && (ColumnMapping.GEOMETRY_TARGETS.contains(ColumnAliases.key(target))
                || aliases.canonical(target) != null);
    if (!known) {
      throw new ImportRequestException(
          Text.of(
              "imports.presets.unknownTarget",
              String.valueOf(target),
              String.join(", ", new java.util.TreeSet<>(aliases.canonicalNames()))));
    }
    boolean good =
        source != null
            && !source.isBlank()
            && source.length() <= MAX_SOURCE
            && source.codePoints().noneMatch(Character::isISOControl);
    if (!good) {
      throw new ImportRequestException(Text.of("imports.presets.badSource", target, MAX_SOURCE));
    }
  }

  private static ApiException noPreset(ImportKind kind, String name) {
    return new ApiException(HttpStatus.NOT_FOUND, "imports.presets.none", name, kind.cliName());
  }
}
