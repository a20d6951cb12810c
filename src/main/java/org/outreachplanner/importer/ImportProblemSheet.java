package org.outreachplanner.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.outreachplanner.i18n.ApiException;
import org.outreachplanner.i18n.Text;
import org.outreachplanner.spreadsheet.SheetWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An import's problem report as an XLSX spreadsheet: one row per problem with the file, the sheet
 * (of a spreadsheet), the row or feature number, the column and the reason in the reader's
 * language.
 */
@RestController
class ImportProblemSheet {

  private static final List<String> COLUMNS =
      List.of("file", "sheet", "feature", "column", "reason");

  private final ImportRunRepository runs;

  ImportProblemSheet(ImportRunRepository runs) {
    this.runs = runs;
  }

  /** The problems kept for an import (none for one that succeeded), 404 for an unknown id. */
  @GetMapping("/api/imports/{id:[0-9]+}/problems.xlsx")
  ResponseEntity<byte[]> problems(@PathVariable long id) {
    ImportRun run =
        runs.find(id)
            .orElseThrow(
                () ->
                    new ApiException(
                        HttpStatus.NOT_FOUND, "imports.request.noImport", String.valueOf(id)));
    List<List<Object>> rows = new ArrayList<>();
    for (ImportProblem p : run.problems() == null ? List.<ImportProblem>of() : run.problems()) {
      rows.add(Arrays.asList(p.file(), p.sheet(), p.feature(), p.column(), p.reason()));
    }
    List<Text> headers = SheetWriter.headers("imports.xlsx.column.", COLUMNS);
    return SheetWriter.download(
        SheetWriter.write(Text.of("imports.xlsx.sheet", String.valueOf(id)), headers, rows),
        "import-" + id + "-problems.xlsx");
  }
}
