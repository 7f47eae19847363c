package io.tsumugi.web.preview;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.List;

/**
 * Stands in for {@code recordForm} when the form's inputs render in the preview: there is no record
 * to look up, normalise or display, and nothing is ever saved.
 */
public class PreviewForm {

  private static final Converter<Object> NO_LOOKUP =
      new Converter<>() {
        @Override
        public Object getAsObject(FacesContext context, UIComponent component, String value) {
          return null;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Object value) {
          return value == null ? "" : value.toString();
        }
      };

  /** Lookups show empty in the preview. */
  public Converter<Object> lookupConverter(String field) {
    return NO_LOOKUP;
  }

  /** No candidates: the preview offers no records to pick. */
  public List<Object> lookupCandidates(String query) {
    return List.of();
  }

  /** Read-only fields (formulas, auto numbers) have no value yet. */
  public String display(String field) {
    return "";
  }

  /** Nothing to normalise. */
  public void normalize(String field) {
    // The preview is never saved.
  }

  /** Stands in for {@code quickCreate}: no quick create buttons in the preview. */
  public boolean offered(String lookupField) {
    return false;
  }
}
