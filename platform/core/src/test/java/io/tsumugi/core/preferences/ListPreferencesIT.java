package io.tsumugi.core.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** List choices are kept per user and entity, replaced on save and forgotten on clear. */
class ListPreferencesIT {

  @Test
  void savedChoicesReadBackPerUserAndEntityAndAreReplacedThenCleared() throws Exception {
    DataSource ds = TestDatabases.fresh("list-preferences");
    new MetadataApplier(ds, new ActiveMetadata()).recoverAndLoad();
    ListPreferences preferences = new ListPreferences(ds);
    ListPreference first =
        new ListPreference(
            "all_accounts",
            List.of("name", "phone"),
            List.of(
                new ListPreference.Condition("name", "contains", "商事\tタブ"),
                new ListPreference.Condition("phone", "is_null", null)),
            "name",
            true);

    preferences.save(1L, "account", first);

    ListPreference read = preferences.find(1L, "account").orElseThrow();
    assertThat(read.columns()).containsExactly("name", "phone");
    assertThat(read.conditions())
        .containsExactly(
            new ListPreference.Condition("name", "contains", "商事 タブ"),
            new ListPreference.Condition("phone", "is_null", null));
    assertThat(read.sortField()).isEqualTo("name");
    assertThat(read.sortDescending()).isTrue();
    assertThat(preferences.find(2L, "account")).isEmpty();
    assertThat(preferences.find(1L, "contact")).isEmpty();

    preferences.save(1L, "account", new ListPreference(null, List.of(), List.of(), null, false));
    assertThat(preferences.find(1L, "account").orElseThrow().columns()).isEmpty();

    preferences.clear(1L, "account");
    assertThat(preferences.find(1L, "account")).isEmpty();
  }
}
