package io.tsumugi.admin.console;

import io.tsumugi.core.console.ConsoleAudit;
import io.tsumugi.core.console.ConsoleDrafts;
import io.tsumugi.core.console.Draft;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Loads, stages and discards an administrator's draft; every staged edit is validated first and
 * written to the audit log. Applying goes through {@code Engine.applier()} only.
 */
@ApplicationScoped
public class ConsoleDraftService {

  @Inject private Engine engine;

  /** The draft of {@code loginId}, or the active package when there is none. */
  public WorkingCopy load(String loginId) {
    Optional<Draft> draft = drafts().find(loginId);
    if (draft.isPresent()) {
      LoadResult result = new MetadataLoader().loadJson(draft.get().packageJson());
      if (result.isValid()) {
        return new WorkingCopy(draft.get().baseVersion(), result.pkg(), true);
      }
    }
    ActiveMetadata.Version active = engine.active().current();
    return new WorkingCopy(active.versionNo(), active.pkg(), false);
  }

  /**
   * Validates {@code pkg}; when valid stores it as the draft of {@code loginId} (planned on {@code
   * baseVersion}) and logs {@code action}. Returns the validation report either way.
   */
  public ValidationReport stage(
      String loginId, int baseVersion, MetadataPackage pkg, String action, String detail) {
    ValidationReport report = new MetadataValidator().validate(pkg);
    if (report.isValid()) {
      drafts().save(loginId, baseVersion, PackageWriter.toJsonString(pkg));
      audit(loginId, action, detail);
    }
    return report;
  }

  /** Drops the draft of {@code loginId}. */
  public void discard(String loginId, String action, String detail) {
    drafts().discard(loginId);
    audit(loginId, action, detail);
  }

  /** Writes a line to the console's audit log. */
  public void audit(String loginId, String action, String detail) {
    new ConsoleAudit(engine.dataSource()).record(loginId, action, detail);
  }

  /** The audit log. */
  public ConsoleAudit auditLog() {
    return new ConsoleAudit(engine.dataSource());
  }

  /** The engine (active metadata, applier, queries). */
  public Engine engine() {
    return engine;
  }

  private ConsoleDrafts drafts() {
    return new ConsoleDrafts(engine.dataSource());
  }
}
