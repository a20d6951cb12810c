package org.outreachplanner.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.outreachplanner.i18n.Text;

/**
 * Reads an XML file (KML, OSM) once with a hardened StAX parser before GDAL sees it: a DOCTYPE is
 * refused outright, so neither external entities (files, URLs) nor entity expansion (billion
 * laughs) can happen; DTDs and external resources are switched off as well, and any resolver call
 * fails. Also refuses XML that is not well-formed, whose root element is not the format's, that
 * nests absurdly deep, and KML NetworkLinks (which point at other files or URLs).
 */
final class XmlGuard {

  static final int MAX_DEPTH = 100;

  private XmlGuard() {}

  /** Checks the file; {@code root} is the expected root element ({@code kml}, {@code osm}). */
  static void check(Path file, String fileName, String title, String root) {
    XMLInputFactory factory = hardenedFactory();
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        int depth = 0;
        boolean seenRoot = false;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw ImportRejectedException.ofFile(fileName, Text.of("imports.xml.doctype", title));
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (!seenRoot && !name.equalsIgnoreCase(root)) {
              throw ImportRejectedException.ofFile(
                  fileName, Text.of("imports.xml.wrongRoot", title, name));
            }
            seenRoot = true;
            if (++depth > MAX_DEPTH) {
              throw ImportRejectedException.ofFile(
                  fileName, Text.of("imports.xml.tooDeep", MAX_DEPTH, String.valueOf(line(xml))));
            }
            if (name.equals("NetworkLink")) {
              throw ImportRejectedException.ofFile(
                  fileName, Text.of("imports.xml.networkLink", String.valueOf(line(xml))));
            }
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw ImportRejectedException.ofFile(fileName, notWellFormed(e));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return factory;
  }

  private static int line(XMLStreamReader xml) {
    return xml.getLocation().getLineNumber();
  }

  /** The parser's message without its "ParseError at [row,col]" preamble, with the line. */
  private static Text notWellFormed(XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable" : e.getMessage();
    int m = message.indexOf("Message: ");
    if (m >= 0) {
      message = message.substring(m + "Message: ".length());
    }
    Location l = e.getLocation();
    Text parser = Text.literal(message);
    return l == null
        ? Text.of("imports.xml.notWellFormed", parser)
        : Text.of("imports.xml.notWellFormedAt", parser, String.valueOf(l.getLineNumber()));
  }
}
