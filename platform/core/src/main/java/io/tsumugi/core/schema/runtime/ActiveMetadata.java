package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The metadata version this process serves, and the gate that serialises applies against record and
 * query calls in flight: those hold the read lock for the length of a call, an apply holds the
 * write lock from its first DDL statement until the new version (and the dynamic types) are in
 * place.
 */
public final class ActiveMetadata {

  /**
   * A version and its package.
   *
   * @param versionNo the version number
   * @param pkg the package
   */
  public record Version(int versionNo, MetadataPackage pkg) {}

  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
  private final List<Consumer<Version>> listeners = new CopyOnWriteArrayList<>();
  private volatile Version current =
      new Version(0, MetadataPackage.empty(MetadataPackage.STANDARD_NAMESPACE));

  /** The version served now. */
  public Version current() {
    return current;
  }

  /** The entity of the active version, or an error naming it in ja/en. */
  public EntityDef entity(String name) {
    return current.pkg().entity(name).orElseThrow(() -> new UnknownEntityException(name));
  }

  /** Calls {@code listener} with every new version (dynamic types refresh this way). */
  public void onChange(Consumer<Version> listener) {
    listeners.add(listener);
  }

  /** Makes {@code version} the one served; call while holding the write lock. */
  public void set(Version version) {
    current = version;
    listeners.forEach(l -> l.accept(version));
  }

  /** The read side of the gate, held by record and query calls. */
  public ReentrantReadWriteLock.ReadLock readLock() {
    return gate.readLock();
  }

  /** The write side of the gate, held by an apply. */
  public ReentrantReadWriteLock.WriteLock writeLock() {
    return gate.writeLock();
  }
}
