package io.tsumugi.metadata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsumugi.metadata.json.JsonDocuments;
import io.tsumugi.metadata.json.PackageReader;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Validates a package and reports every problem at once. Two stages: the JSON Schemas (structure,
 * types, lengths, counts), then semantic checks (unique and non-reserved names, namespace prefix,
 * lookup targets, references from layouts and list views, picklist defaults, RE2 patterns, CEL
 * expressions and formula cycles). Problem paths are JSON Pointers into the single-document form.
 *
 * <pre>{@code
 * ValidationReport r = new MetadataValidator().validate(json);
 * if (!r.isValid()) r.errors().forEach(p -> show(p.path(), p.messageJa()));
 * }</pre>
 *
 * <p>A plugin's package may refer to entities and picklist sets of the packages already active
 * (e.g. the standard package): pass them to {@link #MetadataValidator(List)}.
 */
public final class MetadataValidator {

  private final List<MetadataPackage> active;

  /** A validator for a package standing alone. */
  public MetadataValidator() {
    this(List.of());
  }

  /**
   * A validator for a package that may refer to the given already active packages. An active
   * package with the same namespace as the one validated is ignored: the validated package is its
   * new version.
   */
  public MetadataValidator(List<MetadataPackage> active) {
    this.active = List.copyOf(active);
  }

  /**
   * The outcome of validating a document: the model read from it (even when invalid, for tools) and
   * the report.
   *
   * @param pkg the package read tolerantly, or {@code null} when the document could not be read
   * @param report every problem found
   */
  public record Result(MetadataPackage pkg, ValidationReport report) {}

  /** Validates a package given as JSON text (the single-document form). */
  public ValidationReport validate(String json) {
    return validate(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Validates a package given as UTF-8 JSON bytes (the single-document form). */
  public ValidationReport validate(byte[] json) {
    JsonDocuments.Read read = JsonDocuments.read(json, "", null);
    return read.ok() ? validate(read.node()) : new ValidationReport(read.problems());
  }

  /** Validates a package built in code (e.g. by the admin console). */
  public ValidationReport validate(MetadataPackage pkg) {
    return validate(PackageWriter.toJson(pkg));
  }

  /** Validates a package document. */
  public ValidationReport validate(JsonNode document) {
    return check(document).report();
  }

  /** Validates a package document and returns the model read from it with the report. */
  public Result check(JsonNode document) {
    ProblemSink sink = new ProblemSink();
    if (document == null || !document.isObject()) {
      sink.error(
          "",
          "document.notAnObject",
          "パッケージのドキュメントは JSON オブジェクト（{ ... }）にしてください。",
          "a package document must be a JSON object ({ ... }).");
      return new Result(null, sink.report());
    }
    sink.addAll(SchemaStage.get().validate("package", document, ""));
    MetadataPackage pkg = PackageReader.readPackage(document);
    Context c = new Context(pkg, document, active, sink);
    NameChecks.check(c);
    for (int i = 0; i < pkg.entities().size(); i++) {
      EntityDef e = pkg.entities().get(i);
      FieldChecks.check(c, i, e);
      EntityChecks.check(c, i, e);
      ExpressionChecks.check(c, i, e);
    }
    SecurityChecks.check(c, pkg.security());
    return new Result(pkg, sink.report());
  }
}
