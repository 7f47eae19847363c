package io.tsumugi.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.ResourceBundle;

/** Platform texts from {@code io/tsumugi/web/messages*.properties} in the viewer's locale. */
@RequestScoped
public class Messages {

  static final String BUNDLE = "io.tsumugi.web.messages";

  @Inject private FacesContext facesContext;

  public String get(String key) {
    return ResourceBundle.getBundle(BUNDLE, facesContext.getViewRoot().getLocale()).getString(key);
  }
}
