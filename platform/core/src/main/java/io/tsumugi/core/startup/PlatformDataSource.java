package io.tsumugi.core.startup;

/** Where the platform's data source lives; the distribution defines it (H2 or PostgreSQL). */
public final class PlatformDataSource {

  public static final String JNDI_NAME = "java:jboss/datasources/TsumugiDS";

  private PlatformDataSource() {}
}
