package io.tsumugi.plugins.realestate;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plugin's package, validated like the platform does at install: on top of the standard. */
class RealEstateMetadataTest {

  private static LoadResult load() {
    return new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())))
        .loadClasspath(new RealEstateMetadata().packageLocation());
  }

  @Test
  void packageIsValidOnTopOfTheStandardPackage() {
    LoadResult result = load();

    assertThat(result.report().errors()).isEmpty();
    assertThat(result.report().warnings()).isEmpty();
    assertThat(result.pkg().namespace()).isEqualTo("realestate");
  }

  @Test
  void propertyHasTheFieldsAgentsAskForInBothLanguages() {
    EntityDef property = load().orThrow().entity(RealEstate.PROPERTY).orElseThrow();

    assertThat(property.fields())
        .extracting(f -> f.name())
        .contains(
            "rent",
            "management_fee",
            "floor_plan",
            "area_sqm",
            "walk_minutes",
            "nearest_station",
            "built_year",
            "available_from");
    assertThat(property.field("rent").orElseThrow().label().ja()).isEqualTo("家賃");
    assertThat(property.field("walk_minutes").orElseThrow().label().en())
        .isEqualTo("Walk to station (min)");
  }

  @Test
  void inquiryLinksALeadToAProperty() {
    EntityDef inquiry = load().orThrow().entity("realestate_inquiry").orElseThrow();

    assertThat(inquiry.field("sales_lead").orElseThrow().options().target())
        .isEqualTo("sales_lead");
    assertThat(inquiry.field("property").orElseThrow().options().target())
        .isEqualTo(RealEstate.PROPERTY);
    assertThat(inquiry.label().ja()).isEqualTo("反響");
  }
}
