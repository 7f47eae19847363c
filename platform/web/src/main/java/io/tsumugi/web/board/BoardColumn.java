package io.tsumugi.web.board;

import java.io.Serializable;
import java.util.List;

/** A stage on the board: its value, label, colour, cards and the sum of their amounts. */
public class BoardColumn implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;
  private final String label;
  private final String color;
  private final List<BoardCard> cards;
  private final String countText;
  private final String sumText;

  public BoardColumn(
      String value,
      String label,
      String color,
      List<BoardCard> cards,
      String countText,
      String sumText) {
    this.value = value;
    this.label = label;
    this.color = color;
    this.cards = List.copyOf(cards);
    this.countText = countText;
    this.sumText = sumText;
  }

  public String getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }

  public String getColor() {
    return color == null ? "#9aa5b1" : color;
  }

  public List<BoardCard> getCards() {
    return cards;
  }

  public String getCountText() {
    return countText;
  }

  public String getSumText() {
    return sumText;
  }
}
