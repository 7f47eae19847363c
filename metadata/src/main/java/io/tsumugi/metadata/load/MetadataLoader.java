package io.tsumugi.metadata.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.json.JsonDocuments;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.MetadataValidator;
import io.tsumugi.metadata.validate.ValidationReport;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads and validates packages. Three forms:
 *
 * <ul>
 *   <li>a directory: {@code package.json} (the manifest) with {@code entities/<name>.json} and
 *       {@code picklists/<name>.json}; the manifest's {@code include} lists the files in order, or,
 *       when absent, every {@code *.json} of both folders is read in name order;
 *   <li>a classpath location laid out the same way (the manifest must list its files in {@code
 *       include}, since a jar cannot be listed);
 *   <li>one JSON document with the entities and picklists inline (REST export/import, plugins).
 * </ul>
 *
 * <p>The files of a directory are assembled into the single-document form before validation, so
 * problem paths always point into that form ({@code /entities/2/...} is the third included entity
 * file).
 */
public final class MetadataLoader {

  private static final Pattern INCLUDE =
      Pattern.compile("^(entities|picklists)/[a-z][a-z0-9_]{0,39}\\.json$");

  private final MetadataValidator validator;

  /** A loader for packages standing alone. */
  public MetadataLoader() {
    this(new MetadataValidator());
  }

  /** A loader validating with the given validator (e.g. one aware of the active packages). */
  public MetadataLoader(MetadataValidator validator) {
    this.validator = validator;
  }

  /** Loads a package from a single JSON document. */
  public LoadResult loadJson(String json) {
    return loadJson(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Loads a package from a single JSON document given as UTF-8 bytes. */
  public LoadResult loadJson(byte[] json) {
    JsonDocuments.Read read = JsonDocuments.read(json, "", null);
    if (!read.ok()) {
      return new LoadResult(null, new ValidationReport(read.problems()));
    }
    MetadataValidator.Result r = validator.check(read.node());
    return new LoadResult(r.pkg(), r.report());
  }

  /** Loads a package from a directory holding {@code package.json}. */
  public LoadResult loadDirectory(Path dir) {
    return load(
        new DocumentSource() {
          @Override
          public byte[] read(String relativePath, int limit) throws IOException {
            try (InputStream in = Files.newInputStream(dir.resolve(relativePath))) {
              return in.readNBytes(limit + 1);
            }
          }

          @Override
          public List<String> list(String folder) throws IOException {
            Path sub = dir.resolve(folder);
            if (!Files.isDirectory(sub)) {
              return List.of();
            }
            try (Stream<Path> files = Files.list(sub)) {
              return files
                  .map(p -> folder + "/" + p.getFileName())
                  .filter(n -> n.endsWith(".json"))
                  .sorted()
                  .toList();
            }
          }

          @Override
          public String describe() {
            return dir.toString();
          }
        });
  }

  /**
   * Loads a package from a classpath location, e.g. {@code io/tsumugi/metadata/packages/standard}.
   */
  public LoadResult loadClasspath(String location) {
    return loadClasspath(location, MetadataLoader.class.getClassLoader());
  }

  /** Loads a package from a classpath location of the given class loader. */
  public LoadResult loadClasspath(String location, ClassLoader loader) {
    String base = location.endsWith("/") ? location : location + "/";
    return load(
        new DocumentSource() {
          @Override
          public byte[] read(String relativePath, int limit) throws IOException {
            try (InputStream in = loader.getResourceAsStream(base + relativePath)) {
              if (in == null) {
                throw new FileNotFoundException(base + relativePath);
              }
              return in.readNBytes(limit + 1);
            }
          }

          @Override
          public List<String> list(String folder) {
            return List.of();
          }

          @Override
          public String describe() {
            return "classpath:" + base;
          }
        });
  }

  private LoadResult load(DocumentSource source) {
    List<MetadataProblem> problems = new ArrayList<>();
    JsonDocuments.Read manifest = readFile(source, "package.json", "", problems);
    if (manifest == null || !manifest.ok()) {
      return new LoadResult(null, new ValidationReport(problems));
    }
    if (!manifest.node().isObject()) {
      return loadJsonNode(manifest.node(), problems);
    }
    ObjectNode doc = ((ObjectNode) manifest.node()).deepCopy();
    List<String> files = new ArrayList<>();
    JsonNode include = doc.get("include");
    try {
      if (include != null && include.isArray()) {
        for (int i = 0; i < include.size(); i++) {
          String f = include.get(i).isTextual() ? include.get(i).asText() : "";
          if (INCLUDE.matcher(f).matches()) {
            files.add(f);
          } else {
            files.add(null);
          }
        }
      } else {
        List<String> found = new ArrayList<>(source.list("entities"));
        found.addAll(source.list("picklists"));
        ArrayNode inc = doc.putArray("include");
        found.stream().filter(f -> INCLUDE.matcher(f).matches()).forEach(inc::add);
        files.addAll(found.stream().filter(f -> INCLUDE.matcher(f).matches()).toList());
      }
    } catch (IOException e) {
      problems.add(
          MetadataProblem.error(
              "",
              "document.unreadable",
              source.describe() + " を読み取れません: " + e.getMessage(),
              "cannot read " + source.describe() + ": " + e.getMessage()));
    }
    ArrayNode entities = arrayOrNew(doc, "entities");
    ArrayNode picklists = arrayOrNew(doc, "picklists");
    for (int i = 0; i < files.size(); i++) {
      String f = files.get(i);
      if (f == null) {
        continue;
      }
      boolean entity = f.startsWith("entities/");
      ArrayNode target = entity ? entities : picklists;
      JsonDocuments.Read r = readFile(source, f, "/include/" + i, problems);
      if (r == null || !r.ok()) {
        continue;
      }
      String expected = entity ? PackageWriter.ENTITY_SCHEMA : PackageWriter.PICKLIST_SCHEMA;
      JsonNode schema = r.node().get("$schema");
      String path = (entity ? "/entities/" : "/picklists/") + target.size();
      if (schema == null && r.node().isObject()) {
        problems.add(
            MetadataProblem.error(
                path + "/$schema",
                "document.schemaMissing",
                f + " に \"$schema\": \"" + expected + "\" がありません。",
                f + " lacks \"$schema\": \"" + expected + "\"."));
      }
      target.add(r.node());
    }
    return loadJsonNode(doc, problems);
  }

  private LoadResult loadJsonNode(JsonNode doc, List<MetadataProblem> earlier) {
    MetadataValidator.Result r = validator.check(doc);
    if (earlier.isEmpty()) {
      return new LoadResult(r.pkg(), r.report());
    }
    List<MetadataProblem> all = new ArrayList<>(earlier);
    all.addAll(r.report().problems());
    MetadataPackage pkg = r.pkg();
    return new LoadResult(pkg, new ValidationReport(all));
  }

  private static ArrayNode arrayOrNew(ObjectNode doc, String name) {
    JsonNode n = doc.get(name);
    if (n instanceof ArrayNode a) {
      return a;
    }
    return doc.putArray(name);
  }

  private static JsonDocuments.Read readFile(
      DocumentSource source, String file, String path, List<MetadataProblem> problems) {
    try {
      byte[] bytes = source.read(file, JsonDocuments.MAX_DOCUMENT_BYTES);
      JsonDocuments.Read r = JsonDocuments.read(bytes, path, file);
      problems.addAll(r.problems());
      return r;
    } catch (FileNotFoundException | NoSuchFileException e) {
      problems.add(
          MetadataProblem.error(
              path,
              "document.missingFile",
              "ファイル " + file + " が " + source.describe() + " にありません。",
              "the file " + file + " is missing from " + source.describe() + "."));
    } catch (IOException e) {
      problems.add(
          MetadataProblem.error(
              path,
              "document.unreadable",
              "ファイル " + file + " を読み取れません: " + e.getMessage(),
              "cannot read the file " + file + ": " + e.getMessage()));
    }
    return null;
  }
}
