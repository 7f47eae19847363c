package io.tsumugi.admin.console;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.List;
import java.util.Locale;

/** The administrator of this request and the language the page is shown in (ja or en). */
@RequestScoped
public class AdminCaller {

  /** The login id of the signed-in administrator (the web.xml constraint guarantees one). */
  public String loginId() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  /** True when the page is in Japanese. */
  public boolean japanese() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return locale != null && "ja".equals(locale.getLanguage());
  }

  /** The text in the page's language, falling back to the other one; empty for {@code null}. */
  public String text(LocalizedText text) {
    if (text == null) {
      return "";
    }
    String first = japanese() ? text.ja() : text.en();
    String other = japanese() ? text.en() : text.ja();
    return first != null && !first.isBlank() ? first : other == null ? "" : other;
  }

  /** Picks between a Japanese and an English message. */
  public String pick(String ja, String en) {
    return japanese() ? ja : en;
  }

  /** The fields of {@code e} as choices "label (api_name)" for pickers, in the admin's language. */
  public List<SelectItem> fieldChoices(EntityDef e) {
    return e.fields().stream()
        .map(f -> new SelectItem(f.name(), text(f.label()) + " (" + f.name() + ")"))
        .toList();
  }
}
