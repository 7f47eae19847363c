package io.tsumugi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every console text exists in English and Japanese, and the Japanese file is read as UTF-8. */
class ConsoleMessagesTest {

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ConsoleMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void japaneseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(load("messages_ja.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  @Test
  void everyFieldTypeHasALabel() throws IOException {
    Properties ja = load("messages_ja.properties");
    for (io.tsumugi.metadata.model.FieldType t : io.tsumugi.metadata.model.FieldType.values()) {
      assertThat(ja.getProperty("type." + t.jsonName())).as(t.jsonName()).isNotBlank();
    }
    assertThat(ja.getProperty("review.apply")).isEqualTo("適用");
  }
}
