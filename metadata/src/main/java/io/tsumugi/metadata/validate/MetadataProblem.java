package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.Severity;

/**
 * One problem found in a metadata document.
 *
 * @param path a JSON Pointer into the single-document form of the package, e.g. {@code
 *     /entities/2/fields/5/type}; empty for the document as a whole
 * @param code a stable code, e.g. {@code name.reserved}; clients may switch on it
 * @param messageJa the message in Japanese, saying what is wrong and where
 * @param messageEn the same message in English
 * @param severity whether the problem blocks the document
 */
public record MetadataProblem(
    String path, String code, String messageJa, String messageEn, Severity severity) {

  /** An error at a path. */
  public static MetadataProblem error(String path, String code, String ja, String en) {
    return new MetadataProblem(path, code, ja, en, Severity.ERROR);
  }

  /** A warning at a path. */
  public static MetadataProblem warning(String path, String code, String ja, String en) {
    return new MetadataProblem(path, code, ja, en, Severity.WARNING);
  }

  @Override
  public String toString() {
    return severity + " " + (path.isEmpty() ? "/" : path) + " [" + code + "] " + messageEn;
  }
}
