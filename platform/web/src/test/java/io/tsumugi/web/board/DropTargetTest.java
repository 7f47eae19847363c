package io.tsumugi.web.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DropTargetTest {

  @Test
  void readsColumnAndCardIndexesFromTheDraggedCardsClientId() {
    assertThat(DropTarget.card("board:columns:1:cards:3:card"))
        .contains(new DropTarget.CardPosition(1, 3));
  }

  @Test
  void readsTheColumnIndexFromTheDropTargetsClientId() {
    assertThat(DropTarget.column("board:columns:4:column")).contains(4);
  }

  @Test
  void anythingElseIsNotADrop() {
    assertThat(DropTarget.card("board:other")).isEmpty();
    assertThat(DropTarget.column(null)).isEmpty();
  }
}
