package io.tsumugi.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformVersionTest {

  @Test
  void versionComesFromTheBuildNotAPlaceholder() {
    assertThat(PlatformVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
