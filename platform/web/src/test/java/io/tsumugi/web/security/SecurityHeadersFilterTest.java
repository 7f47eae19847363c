package io.tsumugi.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  @Test
  void pagesAreViewsAndFoldersAnsweredWithTheirWelcomeFile() {
    assertThat(SecurityHeadersFilter.isPage("", "/login.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("", "/r/list.xhtml")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("", "/")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("", "/admin/")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("/crm", "/crm")).isTrue();
    assertThat(SecurityHeadersFilter.isPage("/crm", "/crm/")).isTrue();
  }

  @Test
  void resourcesAndTheApiAreNotPages() {
    assertThat(SecurityHeadersFilter.isPage("", "/jakarta.faces.resource/core.js.xhtml")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("", "/api/health")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("", "/api/")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("", "/api/v1/records/")).isFalse();
    assertThat(SecurityHeadersFilter.isPage("", "/favicon.ico")).isFalse();
  }

  @Test
  void pagesMayNotEvaluateStrings() {
    assertThat(SecurityHeadersFilter.PAGE_POLICY)
        .contains("script-src 'self' 'unsafe-inline';")
        .doesNotContain("unsafe-eval");
    assertThat(SecurityHeadersFilter.PREVIEW_POLICY).doesNotContain("unsafe-eval");
  }
}
