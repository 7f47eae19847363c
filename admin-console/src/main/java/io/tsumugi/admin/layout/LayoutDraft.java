package io.tsumugi.admin.layout;

import io.tsumugi.metadata.model.LayoutSection;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sections of one layout (form or detail) while the administrator edits them. Every move keeps
 * each field in at most one place; plain Java so that it is tested without a server.
 */
public class LayoutDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<SectionDraft> sections = new ArrayList<>();

  /** A draft of {@code layout}'s sections. */
  public static LayoutDraft of(List<LayoutSection> layout) {
    LayoutDraft draft = new LayoutDraft();
    layout.forEach(s -> draft.sections.add(SectionDraft.of(s)));
    return draft;
  }

  /** A copy of {@code other} (the detail layout starting as the form's). */
  public static LayoutDraft copyOf(LayoutDraft other) {
    return of(other.toSections());
  }

  public List<SectionDraft> getSections() {
    return sections;
  }

  /** Adds an empty two-column section at the end. */
  public void addSection(String labelJa, String labelEn) {
    sections.add(new SectionDraft(labelJa, labelEn, 2, false, List.of()));
  }

  /** Moves section {@code index} up ({@code -1}) or down ({@code +1}). */
  public void moveSection(int index, int delta) {
    int to = index + delta;
    if (index >= 0 && index < sections.size() && to >= 0 && to < sections.size()) {
      Collections.swap(sections, index, to);
    }
  }

  /** Removes section {@code index}; its fields become unplaced. */
  public void removeSection(int index) {
    if (index >= 0 && index < sections.size()) {
      sections.remove(index);
    }
  }

  /** Puts {@code field} at the end of section {@code index}, taking it out of where it was. */
  public void place(String field, int index) {
    if (field == null || index < 0 || index >= sections.size()) {
      return;
    }
    unplace(field);
    sections.get(index).fields().add(field);
  }

  /** Moves {@code field} one place up or down inside its section. */
  public void moveField(String field, int delta) {
    for (SectionDraft s : sections) {
      int at = s.fields().indexOf(field);
      int to = at + delta;
      if (at >= 0 && to >= 0 && to < s.fields().size()) {
        Collections.swap(s.fields(), at, to);
        return;
      }
    }
  }

  /** Moves {@code field} to the end of the previous ({@code -1}) or next ({@code +1}) section. */
  public void moveFieldToSection(String field, int delta) {
    int from = sectionOf(field);
    if (from >= 0 && from + delta >= 0 && from + delta < sections.size()) {
      place(field, from + delta);
    }
  }

  /** Takes {@code field} out of the layout. */
  public void unplace(String field) {
    sections.forEach(s -> s.fields().remove(field));
  }

  /** The index of the section holding {@code field}, or -1. */
  public int sectionOf(String field) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).fields().contains(field)) {
        return i;
      }
    }
    return -1;
  }

  /** The fields of {@code all} that no section holds, in the entity's order. */
  public List<String> unplaced(List<String> all) {
    Set<String> placed = new HashSet<>();
    sections.forEach(s -> placed.addAll(s.fields()));
    return all.stream().filter(f -> !placed.contains(f)).toList();
  }

  /**
   * Takes the arrangement a drag and drop left on the page: one list of field names per section, in
   * order. Names not in {@code known} and repeats are ignored, so a stale page cannot place a field
   * twice or one that does not exist; a field missing from every list becomes unplaced.
   */
  public void arrange(List<List<String>> perSection, List<String> known) {
    if (perSection.size() != sections.size()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      List<String> fields = sections.get(i).fields();
      fields.clear();
      for (String f : perSection.get(i)) {
        if (known.contains(f) && seen.add(f)) {
          fields.add(f);
        }
      }
    }
  }

  /** The indexes (1-based, for messages) of sections without a field. */
  public List<Integer> emptySections() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).fields().isEmpty()) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /** The metadata sections. */
  public List<LayoutSection> toSections() {
    return sections.stream().map(SectionDraft::toSection).toList();
  }
}
