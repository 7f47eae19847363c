package io.tsumugi.admin.audit;

import io.tsumugi.core.audit.AuditEvent;
import io.tsumugi.core.audit.AuditKind;
import io.tsumugi.core.audit.AuditPage;
import io.tsumugi.core.audit.AuditQuery;
import io.tsumugi.core.audit.SecurityAuditLog;
import io.tsumugi.core.engine.Engine;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /admin/audit.xhtml}: the security audit log (logins, users, departments,
 * permissions, metadata, exports) filtered by kind, user and dates, {@value #PAGE_SIZE} entries a
 * page with keyset paging (next and previous keep the cursors of the pages seen).
 */
@Named("auditView")
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 200;

  @Inject private transient Engine engine;

  private String kind = "";
  private String loginId = "";
  private LocalDate from;
  private LocalDate to;

  /** The cursor each page seen started at ({@code null} for the first). */
  private final List<String> starts = new ArrayList<>(List.of(""));

  private String nextCursor;
  private List<Map<String, Object>> entries;

  /** The entries of the current page as maps (Faces EL in EE 10 does not read records). */
  public List<Map<String, Object>> getEntries() {
    if (entries == null) {
      String start = starts.get(starts.size() - 1);
      AuditPage page = new SecurityAuditLog(engine.dataSource()).page(query(start));
      nextCursor = page.nextCursor();
      entries = page.events().stream().map(AuditView::row).toList();
    }
    return entries;
  }

  private AuditQuery query(String cursor) {
    ZoneId zone = zone();
    return new AuditQuery(
        AuditKind.of(kind).orElse(null),
        loginId,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
        PAGE_SIZE,
        cursor);
  }

  /** The user's time zone, which the dates of the filter are in. */
  private static ZoneId zone() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String id =
        faces
            .getApplication()
            .evaluateExpressionGet(faces, "#{userSession.timeZone}", String.class);
    return id == null || id.isBlank() ? ZoneId.systemDefault() : ZoneId.of(id);
  }

  /** Applies the filters from the first page. */
  public void search() {
    starts.subList(1, starts.size()).clear();
    entries = null;
  }

  public void next() {
    getEntries();
    if (nextCursor != null) {
      starts.add(nextCursor);
      entries = null;
    }
  }

  public void previous() {
    if (starts.size() > 1) {
      starts.remove(starts.size() - 1);
      entries = null;
    }
  }

  public boolean isHasNext() {
    getEntries();
    return nextCursor != null;
  }

  public boolean isHasPrevious() {
    return starts.size() > 1;
  }

  /** The page number shown, from 1. */
  public int getPageNumber() {
    return starts.size();
  }

  /** The kinds for the filter, by key. */
  public List<String> getKinds() {
    return Arrays.stream(AuditKind.values()).map(AuditKind::key).toList();
  }

  private static Map<String, Object> row(AuditEvent e) {
    Map<String, Object> row = new HashMap<>();
    row.put("at", Date.from(e.at()));
    row.put("loginId", e.loginId() == null ? "" : e.loginId());
    row.put("kind", e.kind().key());
    row.put("login", e.kind() == AuditKind.LOGIN);
    row.put("action", e.action());
    row.put("detail", e.detail() == null ? "" : e.detail());
    return row;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null ? "" : kind;
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId == null ? "" : loginId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
