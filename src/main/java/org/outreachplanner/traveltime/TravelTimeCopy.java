package org.outreachplanner.traveltime;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.outreachplanner.network.PlaceRef;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Writes a matrix's times into travel_time with COPY, in PostgreSQL's text format. */
final class TravelTimeCopy {

  private static final int FLUSH_CHARS = 1 << 16;

  private TravelTimeCopy() {}

  /**
   * Copies every known time between two different places of {@code matrix}, except the pairs in
   * {@code skipped} (from kind, from code, to kind, to code). Returns the number of rows.
   */
  static int write(
      Connection c, String copySql, AreaKey key, TravelTimeMatrix matrix, Set<List<String>> skipped)
      throws SQLException {
    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    try {
      String fixed =
          '\t'
              + key.mode().code()
              + '\t'
              + key.season().code()
              + '\t'
              + escape(key.closureSet())
              + '\t';
      int n = matrix.size();
      String[] names = new String[n];
      for (int i = 0; i < n; i++) {
        PlaceRef p = matrix.place(i);
        names[i] = p.kind().code() + '\t' + escape(p.code());
      }
      StringBuilder text = new StringBuilder(FLUSH_CHARS + 256);
      int rows = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i == j || !matrix.reachable(i, j) || isSkipped(skipped, matrix, i, j)) {
            continue;
          }
          text.append(names[i]).append('\t').append(names[j]).append(fixed);
          text.append(matrix.seconds(i, j)).append('\t').append(matrix.metres(i, j));
          text.append("\tnetwork\n");
          rows++;
          if (text.length() >= FLUSH_CHARS) {
            flush(copy, text);
          }
        }
      }
      flush(copy, text);
      copy.endCopy();
      return rows;
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static boolean isSkipped(
      Set<List<String>> skipped, TravelTimeMatrix matrix, int i, int j) {
    if (skipped.isEmpty()) {
      return false;
    }
    PlaceRef from = matrix.place(i);
    PlaceRef to = matrix.place(j);
    return skipped.contains(List.of(from.kind().code(), from.code(), to.kind().code(), to.code()));
  }

  private static void flush(CopyIn copy, StringBuilder text) throws SQLException {
    if (text.length() > 0) {
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      text.setLength(0);
    }
  }

  /** Text-format escaping: backslash, tab, newline and carriage return. */
  static String escape(String value) {
    StringBuilder b = null;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      String replacement =
          switch (ch) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (replacement != null && b == null) {
        b = new StringBuilder(value.substring(0, i));
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.append(ch);
        }
      }
    }
    return b == null ? value : b.toString();
  }
}
