package io.tsumugi.admin.audit;

import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.core.console.AuditEntry;
import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.LoginAudit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** Backs {@code /admin/audit.xhtml}: the newest console actions. */
@Named("auditView")
@RequestScoped
public class AuditView {

  private static final int SHOWN = 500;

  @Inject private ConsoleDraftService drafts;
  @Inject private IdentityServices identities;

  private List<Map<String, Object>> entries;

  /** The newest entries as maps (Faces EL in EE 10 does not read records). */
  public List<Map<String, Object>> getEntries() {
    if (entries == null) {
      entries = drafts.auditLog().latest(SHOWN).stream().map(AuditView::row).toList();
    }
    return entries;
  }

  /** The newest login attempts: who, when, from where, outcome. */
  public List<Map<String, Object>> getLogins() {
    return identities.loginAudit().latest(SHOWN).stream().map(AuditView::login).toList();
  }

  private static Map<String, Object> login(LoginAudit.Entry e) {
    return Map.of(
        "at", Date.from(e.at()),
        "loginId", e.loginId(),
        "sourceIp", e.sourceIp() == null ? "" : e.sourceIp(),
        "outcome", e.outcome());
  }

  private static Map<String, Object> row(AuditEntry e) {
    return Map.of(
        "at", Date.from(e.at()),
        "loginId", e.loginId(),
        "action", e.action(),
        "detail", e.detail() == null ? "" : e.detail());
  }
}
