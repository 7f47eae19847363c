package io.tsumugi.metadata.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/** Small helpers for the writers: put a property only when it has a value. */
final class JsonOut {

  private JsonOut() {}

  static void strings(ObjectNode n, String name, List<String> values) {
    ArrayNode arr = n.putArray(name);
    values.forEach(arr::add);
  }

  static void flag(ObjectNode n, String name, boolean value) {
    if (value) {
      n.put(name, true);
    }
  }

  static void putText(ObjectNode n, String name, String value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  static void putInt(ObjectNode n, String name, Integer value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  static void putDecimal(ObjectNode n, String name, BigDecimal value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  static void putLocalized(ObjectNode n, String name, LocalizedText t) {
    if (t != null) {
      ObjectNode o = n.putObject(name);
      putText(o, "ja", t.ja());
      putText(o, "en", t.en());
    }
  }
}
