package io.tsumugi.web.metadata;

import io.tsumugi.metadata.model.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;

/** Picks the Japanese or English side of metadata texts for the person viewing the page. */
@RequestScoped
public class ViewerLanguage {

  @Inject private FacesContext facesContext;

  public boolean isJapanese() {
    Locale locale = facesContext.getViewRoot().getLocale();
    return locale != null && "ja".equals(locale.getLanguage());
  }

  /** The text in the viewer's language, falling back to the other language, never null. */
  public String text(LocalizedText text) {
    return pick(text, isJapanese());
  }

  static String pick(LocalizedText text, boolean japanese) {
    if (text == null) {
      return "";
    }
    String preferred = japanese ? text.ja() : text.en();
    String other = japanese ? text.en() : text.ja();
    if (preferred != null && !preferred.isBlank()) {
      return preferred;
    }
    return other == null ? "" : other;
  }
}
