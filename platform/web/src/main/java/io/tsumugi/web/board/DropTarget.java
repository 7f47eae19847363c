package io.tsumugi.web.board;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which card was dropped on which column from PrimeFaces' client ids, e.g. {@code
 * board:columns:1:cards:3:card} dropped on {@code board:columns:2:column}.
 */
final class DropTarget {

  private static final Pattern CARD = Pattern.compile(":columns:(\\d+):cards:(\\d+):card$");
  private static final Pattern COLUMN = Pattern.compile(":columns:(\\d+):column$");

  record CardPosition(int column, int card) {}

  private DropTarget() {}

  static Optional<CardPosition> card(String dragId) {
    Matcher m = CARD.matcher(dragId == null ? "" : dragId);
    return m.find()
        ? Optional.of(new CardPosition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  static Optional<Integer> column(String dropId) {
    Matcher m = COLUMN.matcher(dropId == null ? "" : dropId);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}
