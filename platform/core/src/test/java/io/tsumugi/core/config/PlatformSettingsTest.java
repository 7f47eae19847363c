package io.tsumugi.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {

  @Test
  void environmentVariableOverridesSystemProperty() {
    Properties properties = new Properties();
    properties.setProperty("tsumugi.admin.password", "from-file");
    PlatformSettings settings =
        new PlatformSettings(Map.of("TSUMUGI_ADMIN_PASSWORD", "from-env"), properties);

    assertThat(settings.get("tsumugi.admin.password")).contains("from-env");
  }

  @Test
  void systemPropertyIsUsedWhenEnvironmentIsSilent() {
    Properties properties = new Properties();
    properties.setProperty("tsumugi.admin.login", "boss");

    assertThat(new PlatformSettings(Map.of(), properties).get("tsumugi.admin.login"))
        .contains("boss");
  }

  @Test
  void blankValuesCountAsUnset() {
    Properties properties = new Properties();
    properties.setProperty("tsumugi.admin.password", "   ");

    assertThat(
            new PlatformSettings(Map.of("TSUMUGI_ADMIN_PASSWORD", ""), properties)
                .get("tsumugi.admin.password"))
        .isEmpty();
  }

  @Test
  void environmentNameIsUpperCaseWithUnderscores() {
    assertThat(PlatformSettings.environmentName("tsumugi.db.pool-size"))
        .isEqualTo("TSUMUGI_DB_POOL_SIZE");
  }
}
