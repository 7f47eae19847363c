package io.tsumugi.core.bench;

import io.tsumugi.core.schema.PlatformSchemaMigrator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the benchmarks of {@code docs/benchmarks.md} share: a fresh schema, one connection, medians.
 */
public final class BenchmarkSupport {

  private BenchmarkSupport() {}

  /**
   * The test PostgreSQL ({@code -Dit.postgresql.url}, default 127.0.0.1:5432/test) with {@code
   * schema} dropped, created again and holding the platform's tables.
   */
  public static PGSimpleDataSource freshSchema(String schema) throws Exception {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(System.getProperty("it.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test"));
    ds.setUser(System.getProperty("it.postgresql.user", "postgres"));
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    ds.setCurrentSchema(schema);
    try (Connection c = ds.getConnection()) {
      new PlatformSchemaMigrator().migrate(c);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    return ds;
  }

  /**
   * A data source that hands out one open connection and ignores {@code close}: what a pool gives
   * the services inside the server (a new PostgreSQL connection costs several milliseconds).
   */
  public static DataSource oneConnection(DataSource ds) throws Exception {
    Connection real = ds.getConnection();
    ClassLoader loader = BenchmarkSupport.class.getClassLoader();
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                loader,
                new Class<?>[] {Connection.class},
                (p, m, a) -> m.getName().equals("close") ? null : call(m, real, a));
    return (DataSource)
        Proxy.newProxyInstance(
            loader,
            new Class<?>[] {DataSource.class},
            (p, m, a) -> m.getName().equals("getConnection") ? kept : call(m, ds, a));
  }

  /** The median of 31 timed runs in milliseconds, after 10 warm-up runs. */
  public static double median(Supplier<Integer> run) {
    for (int i = 0; i < 10; i++) {
      run.get();
    }
    double[] t = new double[31];
    for (int i = 0; i < t.length; i++) {
      long s = System.nanoTime();
      run.get();
      t[i] = ms(s);
    }
    Arrays.sort(t);
    return t[t.length / 2];
  }

  /** Milliseconds since {@code start} ({@link System#nanoTime()}). */
  public static double ms(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static Object call(Method m, Object target, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
