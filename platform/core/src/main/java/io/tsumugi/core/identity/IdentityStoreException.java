package io.tsumugi.core.identity;

/** The identity tables could not be read or written. */
public final class IdentityStoreException extends RuntimeException {

  public IdentityStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
