package io.tsumugi.rest.auth;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;

/** Looks up the markers of this package on the matched resource method, then on its class. */
final class Annotations {

  private Annotations() {}

  static boolean present(ResourceInfo info, Class<? extends Annotation> marker) {
    if (info == null || info.getResourceMethod() == null) {
      return false;
    }
    return info.getResourceMethod().isAnnotationPresent(marker)
        || info.getResourceClass().isAnnotationPresent(marker);
  }
}
