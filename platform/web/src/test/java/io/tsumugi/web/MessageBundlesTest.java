package io.tsumugi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every platform text exists in English and Japanese, and the Japanese file really is Japanese. */
class MessageBundlesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void japaneseAndEnglishHaveTheSameKeys() throws IOException {
    Properties english = load("messages.properties");
    Properties japanese = load("messages_ja.properties");

    assertThat(japanese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
  }

  @Test
  void japaneseTextsAreReadAsUtf8() throws IOException {
    assertThat(load("messages_ja.properties").getProperty("nav.logout")).isEqualTo("ログアウト");
  }
}
