package io.tsumugi.web;

import io.tsumugi.core.health.HealthCheck;
import io.tsumugi.core.health.HealthReport;
import io.tsumugi.core.metadata.MetadataVersions;
import io.tsumugi.web.metadata.ViewerLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs the home page: what is running, which metadata version is active and what it changed, in
 * the viewer's language.
 */
@Named
@RequestScoped
public class HomeView {

  @Inject private HealthCheck healthCheck;
  @Inject private MetadataVersions versions;
  @Inject private ViewerLanguage language;

  private HealthReport report;

  public HealthReport getStatus() {
    if (report == null) {
      report = healthCheck.check();
    }
    return report;
  }

  /** The active version's summary: Japanese when there is one and the viewer reads Japanese. */
  public String getMetadataSummary() {
    return versions
        .active()
        .map(
            v ->
                language.isJapanese() && v.getSummaryJa() != null
                    ? v.getSummaryJa()
                    : v.getSummary())
        .map(HomeView::shortened)
        .orElse("");
  }

  private static String shortened(String summary) {
    return summary.length() > 120 ? summary.substring(0, 119) + "…" : summary;
  }
}
