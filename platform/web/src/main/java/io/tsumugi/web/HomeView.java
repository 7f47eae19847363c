package io.tsumugi.web;

import io.tsumugi.core.health.HealthCheck;
import io.tsumugi.core.health.HealthReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the home page: what is running and which metadata version is active. */
@Named
@RequestScoped
public class HomeView {

  @Inject private HealthCheck healthCheck;

  private HealthReport report;

  public HealthReport getStatus() {
    if (report == null) {
      report = healthCheck.check();
    }
    return report;
  }
}
