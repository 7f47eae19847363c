package io.tsumugi.plugins.autodealer;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese licence plate (登録番号) in its canonical form: region, class number, kana and serial
 * separated by single spaces, the serial as {@code 12-34} or padded with {@code ・} ({@code ・・・1}),
 * e.g. {@code 品川 300 さ 12-34}. Full-width digits and spaces, katakana and the various dashes people
 * type are accepted.
 */
public final class RegistrationNumber {

  private static final Pattern PLATE =
      Pattern.compile(
          "^([^\\d\\s・.\\-]{1,6})\\s*(\\d{1,3}|\\d{2}[A-Z])\\s*([ぁ-ゖ])\\s*([\\d・.\\-\\s]{1,9})$");
  private static final Pattern DASHES = Pattern.compile("[ー‐‑–—−―]");

  private RegistrationNumber() {}

  /** The canonical form of {@code input}, or empty when it is not a plate. */
  public static Optional<String> canonical(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String text = Normalizer.normalize(input, Normalizer.Form.NFKC);
    text = DASHES.matcher(text).replaceAll("-");
    text = toHiragana(text).trim().replaceAll("\\s+", " ");
    Matcher m = PLATE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String digits = m.group(4).replaceAll("\\D", "");
    if (digits.isEmpty() || digits.length() > 4 || digits.matches("0+")) {
      return Optional.empty();
    }
    digits = digits.replaceFirst("^0+", "");
    String serial =
        digits.length() == 4
            ? digits.substring(0, 2) + "-" + digits.substring(2)
            : "・".repeat(4 - digits.length()) + digits;
    return Optional.of(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + serial);
  }

  /** Tidy spacing only: what a value that is not a plate becomes. */
  static String tidy(String input) {
    return Normalizer.normalize(input, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ");
  }

  private static String toHiragana(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      // Katakana ァ..ヶ sit 0x60 above their hiragana.
      out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
    }
    return out.toString();
  }
}
