package io.tsumugi.admin.console;

import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts of the console's bundle ({@code io.tsumugi.admin.messages}) and page messages. */
public final class ConsoleMessages {

  /** The bundle's base name, also registered as {@code adm} in the console's faces-config. */
  public static final String BUNDLE = "io.tsumugi.admin.messages";

  private ConsoleMessages() {}

  /** The text of {@code key} in the page's language, with {@code {0}}-style arguments filled. */
  public static String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  /** Shows an error, next to {@code clientId} or (null) at the top of the page. */
  public static void error(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** Shows an information at the top of the page; kept across a redirect. */
  public static void info(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  /** Shows every error of {@code report} in the page's language; true when there were none. */
  public static boolean problems(ValidationReport report, AdminCaller caller) {
    for (MetadataProblem p : report.errors()) {
      error(null, caller.pick(p.messageJa(), p.messageEn()));
    }
    return report.isValid();
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
