package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.standard.StandardPackage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Each applied version keeps what it changed in English and in Japanese. */
class VersionSummaryIT {

  @Test
  void anAppliedVersionHasItsSummaryInBothLanguages() throws Exception {
    DataSource ds = TestDatabases.fresh("version-summary");
    MetadataApplier applier = new MetadataApplier(ds, new ActiveMetadata());
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT summary, summary_ja FROM sys_metadata_version WHERE active = TRUE")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).contains("account");
      assertThat(rs.getString(2)).contains("エンティティ account を作成");
    }
  }
}
