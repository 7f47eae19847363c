package io.tsumugi.metadata.model;

/** A mutable builder of {@link FieldDef}, handy in tests and tools. */
public final class FieldDefBuilder {
  private String id;
  private String name;
  private LocalizedText label;
  private LocalizedText help;
  private FieldType type;
  private boolean required;
  private boolean unique;
  private Object defaultValue;
  private boolean readOnly;
  private boolean trackHistory;
  private boolean filterable;
  private boolean sortable;
  private boolean searchable;
  private FieldOptions options;

  FieldDefBuilder() {}

  FieldDefBuilder(FieldDef f) {
    this.id = f.id();
    this.name = f.name();
    this.label = f.label();
    this.help = f.help();
    this.type = f.type();
    this.required = f.required();
    this.unique = f.unique();
    this.defaultValue = f.defaultValue();
    this.readOnly = f.readOnly();
    this.trackHistory = f.trackHistory();
    this.filterable = f.filterable();
    this.sortable = f.sortable();
    this.searchable = f.searchable();
    this.options = f.options();
  }

  /** Sets id. */
  public FieldDefBuilder id(String id) {
    this.id = id;
    return this;
  }

  /** Sets name. */
  public FieldDefBuilder name(String name) {
    this.name = name;
    return this;
  }

  /** Sets label. */
  public FieldDefBuilder label(LocalizedText label) {
    this.label = label;
    return this;
  }

  /** Sets help. */
  public FieldDefBuilder help(LocalizedText help) {
    this.help = help;
    return this;
  }

  /** Sets type. */
  public FieldDefBuilder type(FieldType type) {
    this.type = type;
    return this;
  }

  /** Sets required. */
  public FieldDefBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /** Sets unique. */
  public FieldDefBuilder unique(boolean unique) {
    this.unique = unique;
    return this;
  }

  /** Sets defaultValue. */
  public FieldDefBuilder defaultValue(Object defaultValue) {
    this.defaultValue = defaultValue;
    return this;
  }

  /** Sets readOnly. */
  public FieldDefBuilder readOnly(boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /** Sets trackHistory. */
  public FieldDefBuilder trackHistory(boolean trackHistory) {
    this.trackHistory = trackHistory;
    return this;
  }

  /** Sets filterable. */
  public FieldDefBuilder filterable(boolean filterable) {
    this.filterable = filterable;
    return this;
  }

  /** Sets sortable. */
  public FieldDefBuilder sortable(boolean sortable) {
    this.sortable = sortable;
    return this;
  }

  /** Sets searchable. */
  public FieldDefBuilder searchable(boolean searchable) {
    this.searchable = searchable;
    return this;
  }

  /** Sets options. */
  public FieldDefBuilder options(FieldOptions options) {
    this.options = options;
    return this;
  }

  /** Builds the field. */
  public FieldDef build() {
    return new FieldDef(
        id,
        name,
        label,
        help,
        type,
        required,
        unique,
        defaultValue,
        readOnly,
        trackHistory,
        filterable,
        sortable,
        searchable,
        options);
  }
}
