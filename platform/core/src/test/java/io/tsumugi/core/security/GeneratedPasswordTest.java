package io.tsumugi.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratedPasswordTest {

  @Test
  void hasTheRequestedLengthAndOnlyUnambiguousCharacters() {
    String password = GeneratedPassword.generate(20);

    assertThat(password).hasSize(20);
    assertThat(password.chars()).allMatch(c -> GeneratedPassword.ALPHABET.indexOf(c) >= 0);
    assertThat(password).doesNotContain("0", "O", "1", "l", "I");
  }

  @Test
  void twoPasswordsDiffer() {
    Set<String> passwords = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      passwords.add(GeneratedPassword.generate(20));
    }
    assertThat(passwords).hasSize(100);
  }

  @Test
  void refusesShortPasswords() {
    assertThatThrownBy(() -> GeneratedPassword.generate(8))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
