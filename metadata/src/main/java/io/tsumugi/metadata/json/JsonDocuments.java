package io.tsumugi.metadata.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tsumugi.metadata.validate.MetadataProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads JSON documents defensively: the size, UTF-8 encoding and nesting depth are checked with a
 * streaming parser before any tree is built, and Jackson's {@link StreamReadConstraints} bound
 * strings, names and numbers. A bad document gives a {@link MetadataProblem}, never an exception.
 */
public final class JsonDocuments {

  /** Largest document accepted, in bytes (5 MB). */
  public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

  /** Deepest nesting of objects and arrays accepted. */
  public static final int MAX_DEPTH = 64;

  /** Largest decimal exponent (scale) accepted in a number. */
  public static final int MAX_EXPONENT = 1000;

  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxStringLength(MAX_DOCUMENT_BYTES)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(100)
          .build();

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonDocuments() {}

  /**
   * The outcome of reading: a tree, or the problem that stopped reading.
   *
   * @param node the document, or {@code null} when unreadable
   * @param problems why it could not be read (at most one)
   */
  public record Read(JsonNode node, List<MetadataProblem> problems) {
    /** True when a tree was read. */
    public boolean ok() {
      return node != null;
    }
  }

  /** The mapper used for reading, configured with the constraints above. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads a JSON document from a string. */
  public static Read read(String json, String path, String source) {
    return read(json.getBytes(StandardCharsets.UTF_8), path, source);
  }

  /**
   * Reads a JSON document.
   *
   * @param bytes the document, UTF-8 encoded
   * @param path the JSON Pointer problems are reported at (empty for the root)
   * @param source a human name for the document (a file name), or {@code null}
   */
  public static Read read(byte[] bytes, String path, String source) {
    String where = source == null ? "" : source + ": ";
    String whereJa = source == null ? "" : source + "：";
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      return fail(
          path,
          "document.tooLarge",
          whereJa + "ドキュメントが大きすぎます（" + bytes.length + " バイト）。上限は 5 MB です。",
          where + "the document is too large (" + bytes.length + " bytes); the limit is 5 MB.");
    }
    int invalidAt = firstInvalidUtf8(bytes);
    if (invalidAt >= 0) {
      return fail(
          path,
          "document.invalidUtf8",
          whereJa + "UTF-8 として正しくないバイト列があります（" + invalidAt + " バイト目）。UTF-8 で保存してください。",
          where + "the document is not valid UTF-8 (at byte " + invalidAt + "); save it as UTF-8.");
    }
    try {
      Read depth = checkDepth(bytes, path, where, whereJa);
      if (depth != null) {
        return depth;
      }
      JsonNode node = MAPPER.readTree(bytes);
      if (node == null || node.isMissingNode()) {
        return fail(
            path, "document.empty", whereJa + "ドキュメントが空です。", where + "the document is empty.");
      }
      return new Read(node, List.of());
    } catch (NumberFormatException e) {
      return fail(
          path,
          "document.numberOutOfRange",
          whereJa + "数値が大きすぎるか、正しくありません: " + e.getMessage(),
          where + "a number is too large or malformed: " + e.getMessage());
    } catch (StreamConstraintsException e) {
      return fail(
          path,
          "document.limitExceeded",
          whereJa + "ドキュメントが上限を超えています: " + e.getOriginalMessage(),
          where + "the document exceeds a limit: " + e.getOriginalMessage());
    } catch (JsonParseException e) {
      String at =
          e.getLocation() == null
              ? ""
              : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
        return fail(
            path,
            "document.duplicateKey",
            whereJa + "同じプロパティ名が重複しています（" + at + "）: " + e.getOriginalMessage(),
            where + "a property name is repeated (at " + at + "): " + e.getOriginalMessage());
      }
      return fail(
          path,
          "document.invalidJson",
          whereJa + "JSON として読み取れません（" + at + " 行:列）: " + e.getOriginalMessage(),
          where + "not valid JSON (at line:column " + at + "): " + e.getOriginalMessage());
    } catch (IOException e) {
      return fail(
          path,
          "document.invalidJson",
          whereJa + "JSON として読み取れません: " + e.getMessage(),
          where + "not valid JSON: " + e.getMessage());
    }
  }

  private static Read checkDepth(byte[] bytes, String path, String where, String whereJa)
      throws IOException {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      int depth = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
          if (depth > MAX_DEPTH) {
            String at = path + parser.getParsingContext().pathAsPointer().toString();
            return fail(
                at,
                "document.tooDeep",
                whereJa + "入れ子が深すぎます（" + MAX_DEPTH + " 階層まで）。",
                where + "the document is nested too deeply (at most " + MAX_DEPTH + " levels).");
          }
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
        } else if (token == JsonToken.VALUE_NUMBER_FLOAT && !reasonableNumber(parser.getText())) {
          String at = path + parser.getParsingContext().pathAsPointer().toString();
          return fail(
              at,
              "document.numberOutOfRange",
              whereJa + "数値 " + shorten(parser.getText()) + " は桁数または指数が大きすぎます。",
              where
                  + "the number "
                  + shorten(parser.getText())
                  + " has too many digits or too large an exponent.");
        }
      }
    }
    return null;
  }

  /** True when a number's exponent stays within +/-1000 (so it can be printed and compared). */
  static boolean reasonableNumber(String text) {
    try {
      java.math.BigDecimal d = new java.math.BigDecimal(text);
      return Math.abs((long) d.scale()) <= MAX_EXPONENT && d.precision() <= 100;
    } catch (NumberFormatException | ArithmeticException e) {
      return false;
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /** Returns the offset of the first byte that is not valid UTF-8, or -1. */
  static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      decoder.decode(in);
      return -1;
    } catch (MalformedInputException e) {
      return in.position();
    } catch (CharacterCodingException e) {
      return in.position();
    }
  }

  private static Read fail(String path, String code, String ja, String en) {
    return new Read(null, List.of(MetadataProblem.error(path, code, ja, en)));
  }
}
