package io.tsumugi.core.console;

/** The console's tables could not be read or written. */
public class ConsoleStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps a database failure. */
  public ConsoleStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
