package io.tsumugi.core.records;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The record service's calls into {@link RecordHooks}, between its own steps. */
final class HookSteps {

  private HookSteps() {}

  /** Runs the plugins' normalisers over the values being written, in place. */
  static void normalize(RecordHooks hooks, EntityDef e, Map<String, Object> values) {
    for (Map.Entry<String, Object> v : values.entrySet()) {
      Optional<FieldDef> f = e.field(v.getKey());
      if (v.getValue() != null && f.isPresent() && f.get().isStored()) {
        v.setValue(hooks.normalize(e, f.get(), v.getValue()));
      }
    }
  }

  /**
   * Lets the listeners change the record as it will be saved ({@code whole}); what they changed is
   * normalised like user input and returned, so an update writes it too.
   */
  static Map<String, Object> beforeSave(
      RecordHooks hooks,
      ValueNormalizer normalizer,
      CallerContext caller,
      EntityDef e,
      Long id,
      Map<String, Object> whole,
      List<FieldError> errors) {
    Map<String, Object> proposed = new LinkedHashMap<>(whole);
    hooks.beforeSave(caller, e, id, proposed);
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : proposed.entrySet()) {
      if (Objects.equals(p.getValue(), whole.get(p.getKey()))) {
        continue;
      }
      Optional<FieldDef> f = e.field(p.getKey());
      if (f.isEmpty() || !f.get().isStored() || f.get().type() == FieldType.AUTONUMBER) {
        errors.add(
            new FieldError(
                null,
                "plugin.fieldNotWritable",
                "プラグインが書き込めない項目「" + p.getKey() + "」を変更しようとしました。",
                "A plugin tried to change \"" + p.getKey() + "\", which cannot be written."));
        continue;
      }
      changed.put(f.get().name(), normalizer.normalize(f.get(), p.getValue(), errors));
    }
    for (String removed : whole.keySet()) {
      if (!proposed.containsKey(removed)
          && e.field(removed).map(FieldDef::isStored).orElse(false)) {
        changed.put(removed, null);
      }
    }
    whole.putAll(changed);
    return changed;
  }
}
