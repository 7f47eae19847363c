package io.tsumugi.web.board;

import java.io.Serializable;

/** A record on the board: its name, a second line (e.g. the account) and the amount. */
public class BoardCard implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String title;
  private final String subtitle;
  private final String amount;

  public BoardCard(long id, String title, String subtitle, String amount) {
    this.id = id;
    this.title = title;
    this.subtitle = subtitle;
    this.amount = amount;
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getSubtitle() {
    return subtitle;
  }

  public String getAmount() {
    return amount;
  }
}
