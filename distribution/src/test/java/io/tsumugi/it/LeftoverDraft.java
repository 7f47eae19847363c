package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

/**
 * The console tests of one server share its administrator, and so the administrator's draft: a test
 * that failed half-way leaves its draft behind, and every later console test would plan it too.
 * Each console test therefore starts by throwing away what an earlier one left, so a failure shows
 * once, where it happened.
 */
final class LeftoverDraft {

  private LeftoverDraft() {}

  /** Discards the administrator's draft on {@code server}, if there is one. */
  static void discard(RunningServer server) throws Exception {
    FacesClient admin = new FacesClient(server, "en");
    IdentityAndLoginSecurityIT.logIn(admin, server.adminLogin(), server.adminPassword());
    if (admin.get("/admin/review.xhtml").body().contains("review:discard")) {
      admin.submit("/admin/review.xhtml", "review", Map.of(), "discard");
      assertThat(admin.get("/admin/review.xhtml").body())
          .as("the review page after discarding the leftover draft")
          .doesNotContain("review:discard");
    }
  }
}
