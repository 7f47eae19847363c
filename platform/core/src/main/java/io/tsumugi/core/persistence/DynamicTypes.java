package io.tsumugi.core.persistence;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.dynamic.DynamicClassLoader;
import org.eclipse.persistence.dynamic.DynamicEntity;
import org.eclipse.persistence.jpa.dynamic.JPADynamicHelper;
import org.eclipse.persistence.jpa.dynamic.JPADynamicTypeBuilder;

/**
 * EclipseLink dynamic JPA types, one per entity of the active metadata, registered on the
 * persistence unit and rebuilt after every apply (a type whose table changed is removed and built
 * again on the class generated the first time, since a class cannot be redefined; the shared cache
 * is evicted so no object keeps its old shape). Listens to {@link ActiveMetadata}, so the refresh
 * happens under the apply's write lock, serialised against record calls in flight.
 */
public final class DynamicTypes {

  /** Package of the generated classes. */
  public static final String CLASS_PACKAGE = "io.tsumugi.records.";

  private final EntityManagerFactory emf;
  private final JPADynamicHelper helper;
  private final Map<String, Class<?>> classes = new HashMap<>();
  private final Map<String, EntityDef> registered = new LinkedHashMap<>();

  /** Types on {@code emf}, following {@code active}. */
  public DynamicTypes(EntityManagerFactory emf, ActiveMetadata active) {
    this.emf = emf;
    this.helper = new JPADynamicHelper(emf);
    refresh(active.current());
    active.onChange(this::refresh);
  }

  /** The JPA entity name of an entity's type. */
  public static String typeName(String entityName) {
    return "crm_" + SqlNames.checkApiName(entityName);
  }

  /** The registered entities. */
  public synchronized Set<String> entities() {
    return Set.copyOf(registered.keySet());
  }

  /** Reads one record through JPA as a map of column values, or {@code null}. */
  public Map<String, Object> find(EntityManager em, String entityName, long id) {
    DynamicEntity e = (DynamicEntity) em.find(classFor(entityName), id);
    if (e == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String p : helper.getType(typeName(entityName)).getPropertiesNames()) {
      out.put(p, e.get(p));
    }
    return out;
  }

  private synchronized Class<?> classFor(String entityName) {
    Class<?> c = classes.get(typeName(entityName));
    if (c == null) {
      throw new IllegalArgumentException("No dynamic type for entity " + entityName);
    }
    return c;
  }

  private synchronized void refresh(ActiveMetadata.Version version) {
    Map<String, EntityDef> wanted = new LinkedHashMap<>();
    version.pkg().entities().forEach(e -> wanted.put(e.name(), e));
    for (String name : Set.copyOf(registered.keySet())) {
      if (!wanted.containsKey(name) || !wanted.get(name).equals(registered.get(name))) {
        // Evict before removing: the cache cannot evict a class whose descriptor is gone (a
        // deleted entity made evictAll fail with "Missing descriptor").
        emf.getCache().evict(classes.get(typeName(name)));
        helper.removeType(typeName(name));
        registered.remove(name);
      }
    }
    DynamicClassLoader loader = helper.getDynamicClassLoader();
    for (EntityDef e : wanted.values()) {
      if (registered.containsKey(e.name())) {
        continue;
      }
      String typeName = typeName(e.name());
      Class<?> c =
          classes.computeIfAbsent(typeName, n -> loader.createDynamicClass(CLASS_PACKAGE + n));
      JPADynamicTypeBuilder b = new JPADynamicTypeBuilder(c, null, SqlNames.table(e.name()));
      b.setPrimaryKeyFields("id");
      b.addDirectMapping("id", Long.class, "id");
      b.addDirectMapping("owner_id", Long.class, "owner_id");
      b.addDirectMapping("created_at", OffsetDateTime.class, "created_at");
      b.addDirectMapping("created_by", Long.class, "created_by");
      b.addDirectMapping("updated_at", OffsetDateTime.class, "updated_at");
      b.addDirectMapping("updated_by", Long.class, "updated_by");
      b.addDirectMapping("version", Long.class, "version");
      for (FieldDef f : e.fields()) {
        if (f.isStored()) {
          b.addDirectMapping(f.name(), javaType(f), SqlNames.column(f.name()));
        }
      }
      helper.addTypes(false, false, b.getType());
      registered.put(e.name(), e);
    }
    for (String name : registered.keySet()) {
      emf.getCache().evict(classes.get(typeName(name)));
    }
  }

  private static Class<?> javaType(FieldDef f) {
    return switch (f.type()) {
      case INTEGER, LOOKUP -> Long.class;
      case DECIMAL, CURRENCY, PERCENT -> BigDecimal.class;
      case BOOLEAN -> Boolean.class;
      case DATE -> LocalDate.class;
      case DATETIME -> OffsetDateTime.class;
      default -> String.class;
    };
  }
}
