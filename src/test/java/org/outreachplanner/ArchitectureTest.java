package org.outreachplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package map of docs/architecture.md, enforced: no cycle between packages, only the arrows the
 * map allows, and a router that is plain Java.
 */
class ArchitectureTest {

  private static final String ROOT = "org.outreachplanner";

  /** The application's root package (the Spring application and its contexts): any may use it. */
  private static final String APP = "";

  /**
   * Each package and the packages it may use, besides itself, {@code i18n} (every text a person
   * reads) and the root package (except the router, which uses nothing of the application). Add an
   * arrow here and in docs/architecture.md together.
   */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("i18n", Set.of()),
          Map.entry("geo", Set.of()),
          Map.entry("spreadsheet", Set.of()),
          Map.entry("api", Set.of("geo")),
          Map.entry("database", Set.of()),
          Map.entry("job", Set.of()),
          Map.entry("routing", Set.of()),
          Map.entry("generate", Set.of()),
          Map.entry("security", Set.of("api")),
          Map.entry("importer", Set.of("database", "spreadsheet")),
          Map.entry("survey", Set.of("importer")),
          Map.entry("commune", Set.of("importer", "api", "geo", "spreadsheet")),
          Map.entry("village", Set.of("importer", "api", "geo", "security", "spreadsheet")),
          Map.entry("team", Set.of("importer", "api", "geo")),
          Map.entry("province", Set.of("importer", "api", "geo")),
          Map.entry("network", Set.of("importer", "api", "geo")),
          Map.entry(
              "traveltime", Set.of("network", "routing", "importer", "api", "geo", "security")),
          Map.entry(
              "coverage", Set.of("survey", "importer", "database", "api", "geo", "spreadsheet")),
          Map.entry("schedule.domain", Set.of("network")),
          Map.entry("schedule.solver", Set.of("schedule.domain")),
          Map.entry(
              "schedule",
              Set.of(
                  "schedule.domain",
                  "schedule.solver",
                  "job",
                  "network",
                  "traveltime",
                  "security",
                  "api",
                  "geo",
                  "spreadsheet",
                  "stock")),
          Map.entry("teamweek", Set.of("schedule", "security", "api", "spreadsheet")),
          Map.entry("tiles", Set.of()),
          Map.entry("progress", Set.of("security", "spreadsheet")),
          Map.entry("stock", Set.of("security")),
          Map.entry("fieldreport", Set.of("security", "api", "importer", "survey")),
          Map.entry("vrpbench", Set.of("schedule", "schedule.domain", "network")),
          Map.entry(
              "cli",
              Set.of(
                  "database",
                  "job",
                  "generate",
                  "importer",
                  "network",
                  "traveltime",
                  "coverage",
                  "survey",
                  "schedule",
                  "security",
                  "fieldreport",
                  "progress",
                  "stock")));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheArrowsOfThePackageMap() {
    List<String> wrong = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    for (JavaClass c : classes) {
      String from = feature(c.getPackageName());
      if (from == null || from.equals(APP)) {
        continue;
      }
      Set<String> allowed = ALLOWED.get(from);
      if (allowed == null) {
        unknown.add(from);
        continue;
      }
      c.getDirectDependenciesFromSelf().stream()
          .map(d -> d.getTargetClass())
          .map(t -> t.isArray() ? t.getBaseComponentType() : t)
          .filter(t -> feature(t.getPackageName()) != null)
          .forEach(
              t -> {
                String to = feature(t.getPackageName());
                boolean everyones = to.equals(APP) || to.equals("i18n");
                if (!to.equals(from)
                    && !(everyones && !from.equals("routing"))
                    && !allowed.contains(to)) {
                  wrong.add(c.getName() + " -> " + t.getName());
                }
              });
    }
    assertThat(unknown)
        .as("packages missing from the package map (ALLOWED here, docs/architecture.md)")
        .isEmpty();
    assertThat(new TreeSet<>(wrong))
        .as("dependencies the package map does not allow (docs/architecture.md)")
        .isEmpty();
  }

  @Test
  void theRouterIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".routing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..")
        .because("the router could become its own module: no Spring, no JDBC")
        .check(classes);
  }

  /** The package below the root ("" for the root itself), null outside the application. */
  private static String feature(String pkg) {
    if (pkg.equals(ROOT)) {
      return APP;
    }
    return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : null;
  }
}
