package org.outreachplanner.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreachplanner.importer.ReaderFixtures.bad;
import static org.outreachplanner.importer.ReaderFixtures.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KML and OSM XML are read by a hardened parser before GDAL sees them. */
class XmlGuardTest {

  private static final String DOCTYPE_REFUSED =
      "KML with a DOCTYPE is refused: external entities and entity expansion are not allowed";

  @TempDir Path dir;

  private static void checkKml(Path file) {
    XmlGuard.check(file, file.getFileName().toString(), "KML", "kml");
  }

  @Test
  void acceptsTheKmlSample() {
    assertThatCode(() -> checkKml(sample("villages.kml"))).doesNotThrowAnyException();
    assertThatCode(() -> XmlGuard.check(sample("thuong-trach.osm"), "t.osm", "OSM XML", "osm"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAnExternalFileEntity() {
    assertThatThrownBy(() -> checkKml(bad("xxe-file.kml")))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage("xxe-file.kml: " + DOCTYPE_REFUSED);
  }

  @Test
  void refusesTheBillionLaughsAtItsDoctypeBeforeExpandingAnything() {
    // had the parser expanded the entities, the refusal would be the parser's own limit on
    // entity expansions ("is not well-formed XML: ..."), or memory would run out first
    assertThatThrownBy(() -> checkKml(bad("billion-laughs.kml")))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage("billion-laughs.kml: " + DOCTYPE_REFUSED);
  }

  @Test
  void makesNoNetworkConnectionForExternalEntitiesDtdsOrNetworkLinks() throws Exception {
    try (LocalListener listener = new LocalListener()) {
      Path entity =
          write(
              "entity.kml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY e SYSTEM \""
                  + listener.url("/e")
                  + "\">]>\n<kml><Document><name>&e;</name></Document></kml>\n");
      Path dtd =
          write(
              "dtd.kml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE kml SYSTEM \""
                  + listener.url("/kml.dtd")
                  + "\">\n<kml><Document/></kml>\n");
      Path parameter =
          write(
              "parameter.kml",
              "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY % p SYSTEM \""
                  + listener.url("/p")
                  + "\"> %p;]>\n<kml/>\n");
      Path link =
          write(
              "link.kml",
              "<?xml version=\"1.0\"?>\n<kml><Document>\n<NetworkLink><Link><href>"
                  + listener.url("/more.kml")
                  + "</href></Link></NetworkLink>\n</Document></kml>\n");
      assertThatThrownBy(() -> checkKml(entity)).hasMessage("entity.kml: " + DOCTYPE_REFUSED);
      assertThatThrownBy(() -> checkKml(dtd)).hasMessage("dtd.kml: " + DOCTYPE_REFUSED);
      assertThatThrownBy(() -> checkKml(parameter)).hasMessage("parameter.kml: " + DOCTYPE_REFUSED);
      assertThatThrownBy(() -> checkKml(link))
          .hasMessage(
              "link.kml: KML NetworkLink is refused: only the file's own placemarks are read"
                  + " (line 3)");
      assertThat(listener.connections()).isZero();
    }
  }

  @Test
  void refusesOsmXmlWithADoctype() {
    assertThatThrownBy(() -> XmlGuard.check(bad("doctype.osm"), "doctype.osm", "OSM XML", "osm"))
        .hasMessage(
            "doctype.osm: OSM XML with a DOCTYPE is refused: external entities and entity"
                + " expansion are not allowed");
  }

  @Test
  void refusesXmlThatIsNotWellFormedOrNotKml() {
    assertThatThrownBy(() -> checkKml(bad("not-well-formed.kml")))
        .hasMessageStartingWith("not-well-formed.kml: is not well-formed XML: ")
        .hasMessageEndingWith("(line 3)");
    assertThatThrownBy(() -> checkKml(bad("wrong-root.kml")))
        .hasMessage("wrong-root.kml: is not KML: its root element is <html>");
  }

  @Test
  void refusesAbsurdNesting() throws IOException {
    Path deep =
        write("deep.kml", "<kml>" + "<Folder>".repeat(150) + "</Folder>".repeat(150) + "</kml>");
    assertThatThrownBy(() -> checkKml(deep))
        .hasMessage("deep.kml: nests XML elements deeper than 100 levels (line 1)");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
