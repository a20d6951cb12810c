package org.outreachplanner.importer;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of a file to import, and the record of past imports. The import itself is the same as on
 * the command line: {@link ImportService}.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 200;

  private final ImportService service;
  private final ImportRunRepository runs;
  private final UploadStore uploads;

  ImportController(ImportService service, ImportRunRepository runs, UploadStore uploads) {
    this.service = service;
    this.runs = runs;
    this.uploads = uploads;
  }

  /**
   * Imports the uploaded file: 201 with the report when it was imported, 400 with every problem
   * when it was refused, 500 with the report when the server could not finish it, 503 with {@code
   * Retry-After} when the server was too busy to start it ({@link ImportBusyException}).
   */
  @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportReport> upload(
      @PathVariable String kind,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String crs,
      @RequestParam(required = false) String layer,
      @RequestParam(required = false) String encoding,
      @RequestParam(defaultValue = "false") boolean decimalComma,
      @RequestParam(name = "set", required = false) List<String> set,
      @RequestParam(name = "column", required = false) List<String> column,
      @RequestParam(required = false) String timezone,
      @RequestParam(required = false) Integer headerRow) {
    ImportKind importKind = kind(kind);
    Integer epsg = crs(crs);
    checkEncoding(encoding);
    Map<String, String> columnValues = pairs(set, "imports.request.badSet");
    Map<String, String> columnMapping = pairs(column, "imports.request.badColumn");
    ZoneId zone;
    try {
      zone = ImportOptions.parseZone(timezone);
    } catch (IllegalArgumentException e) {
      throw new ImportRequestException(Text.of("imports.request.badTimezone", timezone));
    }
    try (UploadStore.Upload upload = uploads.save(file)) {
      ImportOptions options =
          new ImportOptions(
              upload.originalName(),
              epsg,
              blankToNull(layer),
              blankToNull(encoding),
              decimalComma,
              columnValues,
              columnMapping,
              zone,
              headerRow);
      ImportReport report = service.importFile(importKind, upload.path(), options);
      HttpStatus status =
          report.succeeded()
              ? HttpStatus.CREATED
              : report.problemCount() > 0
                  ? HttpStatus.BAD_REQUEST
                  : HttpStatus.INTERNAL_SERVER_ERROR;
      return ResponseEntity.status(status)
          .location(URI.create("/api/imports/" + report.importId()))
          .body(report);
    }
  }

  /** The most recent imports, newest first (default 20, at most 200). */
  @GetMapping
  List<ImportRun> recent(@RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    if (limit < 1) {
      throw new ImportRequestException(Text.of("imports.request.badLimit", limit));
    }
    return runs.recent(Math.min(limit, MAX_LIMIT));
  }

  /** One import with its problems. */
  @GetMapping("/{id:[0-9]+}")
  ImportRun one(@PathVariable long id) {
    return runs.find(id)
        .orElseThrow(
            () ->
                new ApiException(
                    HttpStatus.NOT_FOUND, "imports.request.noImport", String.valueOf(id)));
  }

  static void checkEncoding(String encoding) {
    if (encoding != null && !encoding.isBlank() && !Charset.isSupported(encoding)) {
      throw new ImportRequestException(Text.of("imports.request.unknownEncoding", encoding));
    }
  }

  static ImportKind kind(String text) {
    try {
      return ImportKind.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ImportRequestException(ImportKind.unknown(text));
    }
  }

  private static Integer crs(String text) {
    try {
      return ImportOptions.parseCrs(text);
    } catch (IllegalArgumentException e) {
      throw new ImportRequestException(ImportOptions.badCrs("crs", text));
    }
  }

  /** {@code NAME=VALUE} items by name; {@code badItem} is the message key for a malformed one. */
  static Map<String, String> pairs(List<String> items, String badItem) {
    Map<String, String> values = new LinkedHashMap<>();
    if (items != null) {
      for (String item : items) {
        int eq = item.indexOf('=');
        if (eq < 1) {
          throw new ImportRequestException(Text.of(badItem, item));
        }
        values.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
      }
    }
    return values;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
