package io.tsumugi.web.board;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.GroupTotal;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.ConcurrentEditException;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.web.metadata.EntityParameter;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.metadata.OptionView;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.record.ValueDisplay;
import io.tsumugi.web.record.ViewerFormats;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.ScreenCaller;
import io.tsumugi.web.session.UserSession;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.DragDropEvent;

/**
 * Backs {@code /r/board.xhtml}: the records of an entity with a pipeline field, one column per
 * stage. A drop is an update through the record service, so the record's rules decide whether the
 * move is allowed; a refused move shows why and the card stays where it was.
 */
@Named("board")
@ViewScoped
public class BoardView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int CARDS_PER_COLUMN = 100;

  @Inject private Engine engine;
  @Inject private ViewerFormats formats;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;
  @Inject private Messages messages;
  @Inject private UserSession session;

  private String entity;
  private List<BoardColumn> columns;

  public void load() {
    EntityDef def = EntityParameter.resolveOrNotFound(engine, entity).orElse(null);
    if (def == null) {
      return;
    }
    if (def.pipelineField() == null) {
      EntityParameter.notFound(); // no stages, so no board for this entity
      return;
    }
    columns = null;
  }

  public List<BoardColumn> getColumns() {
    if (columns == null) {
      columns = buildColumns();
    }
    return columns;
  }

  private List<BoardColumn> buildColumns() {
    EntityDef def = engine.active().entity(entity);
    EntityViews views = formats.views(entity);
    FieldView stage = views.field(def.pipelineField()).orElseThrow();
    Optional<FieldView> amount = amountField(def).flatMap(f -> views.field(f.name()));
    Optional<FieldDef> subtitle = subtitleField(def);
    ValueDisplay display = formats.display();
    List<SortKey> sort = amount.map(a -> List.of(new SortKey(a.getName(), true))).orElse(List.of());
    // Counts and sums over every record of each stage, not only the cards shown.
    Map<Object, GroupTotal> totals = new HashMap<>();
    engine
        .queries()
        .totals(
            caller.get(),
            entity,
            null,
            stage.getName(),
            amount.map(FieldView::getName).orElse(null))
        .forEach(t -> totals.put(t.key(), t));
    List<BoardColumn> result = new ArrayList<>();
    for (OptionView option : stage.getOptions()) {
      GroupTotal total =
          totals.getOrDefault(
              option.getValue(), new GroupTotal(option.getValue(), 0, BigDecimal.ZERO));
      RecordPage page =
          engine
              .queries()
              .query(
                  caller.get(),
                  entity,
                  new RecordQuery(
                      Filter.eq(stage.getName(), option.getValue()),
                      sort,
                      CARDS_PER_COLUMN,
                      1,
                      null));
      List<BoardCard> cards = new ArrayList<>();
      for (Record record : page.records()) {
        Object value = amount.map(a -> record.values().get(a.getName())).orElse(null);
        cards.add(
            new BoardCard(
                record.id(),
                nameOf(def, record),
                subtitle.map(f -> record.lookupNames().get(f.name())).orElse(null),
                amount.map(a -> display.format(a, value)).orElse(null)));
      }
      result.add(
          new BoardColumn(
              option.getValue(),
              option.getLabel(),
              option.getColor(),
              cards,
              messages.get("list.count").formatted(total.count()),
              amount.isPresent() ? display.format(amount.get(), total.sum()) : null));
    }
    return result;
  }

  /** The first currency field (an opportunity's amount) is summed per column. */
  private static Optional<FieldDef> amountField(EntityDef def) {
    return def.fields().stream().filter(f -> f.type() == FieldType.CURRENCY).findFirst();
  }

  /** The first lookup (an opportunity's account) is the card's second line. */
  private static Optional<FieldDef> subtitleField(EntityDef def) {
    return def.fields().stream().filter(FieldDef::isLookup).findFirst();
  }

  private static String nameOf(EntityDef def, Record record) {
    Object name = def.nameField() == null ? null : record.values().get(def.nameField());
    return name == null ? "#" + record.id() : name.toString();
  }

  /** A card was dropped on a column: move the record to that stage, or say why not. */
  public void onDrop(DragDropEvent<?> event) {
    Optional<DropTarget.CardPosition> from = DropTarget.card(event.getDragId());
    Optional<Integer> to = DropTarget.column(event.getDropId());
    if (from.isEmpty() || to.isEmpty()) {
      return;
    }
    BoardCard card = getColumns().get(from.get().column()).getCards().get(from.get().card());
    BoardColumn target = getColumns().get(to.get());
    move(card.getId(), target.getValue());
  }

  /** Moves one record to {@code stage}; also the keyboard path (the card's menu). */
  public void move(long id, String stage) {
    EntityDef def = engine.active().entity(entity);
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      Record record = engine.records().get(caller.get(), entity, id).orElseThrow();
      engine
          .records()
          .update(caller.get(), entity, id, record.version(), Map.of(def.pipelineField(), stage));
    } catch (RecordValidationException e) {
      for (FieldError error : e.errors()) {
        String text = language.isJapanese() ? error.messageJa() : error.messageEn();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    } catch (io.tsumugi.core.access.AccessDeniedException e) {
      String text = language.isJapanese() ? e.messageJa() : e.messageEn();
      context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    } catch (ConcurrentEditException e) {
      context.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get("form.conflict"), null));
    }
    columns = null;
  }

  public String getTitle() {
    return formats.views(entity).pluralLabel();
  }

  public String getEntity() {
    return entity;
  }

  public void setEntity(String entity) {
    this.entity = entity;
  }
}
