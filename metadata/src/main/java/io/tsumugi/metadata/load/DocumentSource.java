package io.tsumugi.metadata.load;

import java.io.IOException;
import java.util.List;

/** Where the files of a package in directory form come from: a folder or the classpath. */
interface DocumentSource {

  /** The bytes of a file relative to the package root, at most {@code limit + 1} of them. */
  byte[] read(String relativePath, int limit) throws IOException;

  /**
   * The files present under a folder ({@code entities} or {@code picklists}), sorted; may be empty.
   */
  List<String> list(String folder) throws IOException;

  /** A human name of the package location. */
  String describe();
}
