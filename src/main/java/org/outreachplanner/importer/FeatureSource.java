package org.outreachplanner.importer;

import java.util.Set;
import java.util.function.Consumer;

/**
 * The features of one file (or one layer of it), read in file order and streamed: a source never
 * holds the whole file in memory.
 */
public interface FeatureSource extends AutoCloseable {

  /** The file's name as the user knows it, for messages. */
  String fileName();

  /** The canonical columns the file has (after alias matching). */
  Set<String> columns();

  /** Calls {@code action} for every feature in file order. */
  void forEach(Consumer<SourceFeature> action);

  @Override
  void close();
}
