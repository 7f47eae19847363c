package io.tsumugi.plugins.autodealer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin's package, validated like the platform does at install: on top of the standard. */
class AutoDealerMetadataTest {

  private static LoadResult load() {
    return new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())))
        .loadClasspath(new AutoDealerMetadata().packageLocation());
  }

  @Test
  void packageIsValidOnTopOfTheStandardPackage() {
    LoadResult result = load();

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.pkg().namespace()).isEqualTo("autodealer");
  }

  @Test
  void vehicleHasTheFieldsDealersAskForInBothLanguages() {
    EntityDef vehicle = load().orThrow().entity(AutoDealer.VEHICLE).orElseThrow();

    assertThat(vehicle.fields())
        .extracting(f -> f.name())
        .contains(
            "model_name", "model_year", "registration_number", "inspection_expiry", "mileage_km");
    assertThat(vehicle.field("owner_contact").orElseThrow().options().target())
        .isEqualTo("contact");
    assertThat(vehicle.label().ja()).isEqualTo("車両");
    assertThat(vehicle.label().en()).isEqualTo("Vehicle");
  }

  @Test
  void listViewOfVehiclesDueForInspectionWithin60Days() {
    EntityDef vehicle = load().orThrow().entity(AutoDealer.VEHICLE).orElseThrow();

    assertThat(vehicle.listViews())
        .anySatisfy(
            v -> {
              assertThat(v.name()).isEqualTo("inspection_due_60_days");
              // Computed on the day the list is shown, not a flag stored at the last save.
              assertThat(v.filters())
                  .singleElement()
                  .satisfies(
                      f -> {
                        assertThat(f.field()).isEqualTo("inspection_expiry");
                        assertThat(f.operator()).isEqualTo("le");
                        assertThat(f.value()).isEqualTo("today+60d");
                      });
            });
  }
}
