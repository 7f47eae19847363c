package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tsumugi.api.extension.FieldRef;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata validated as the platform will at install, and the normaliser. */
class PluginMetadataTest {

  @Test
  void metadataIsValidOnTopOfTheStandardPackage() {
    LoadResult result =
        new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())))
            .loadClasspath(new PluginMetadata().packageLocation());

    assertTrue(result.isValid(), () -> result.report().toString());
    assertEquals("${pluginId}", result.pkg().namespace());
  }

  @Test
  void codesAreStoredHalfWidthUpperCase() {
    FieldRef code = new FieldRef("${pluginId}_${entityName}", "code", "text");

    assertEquals("C-001", new CodeNormalizer().normalize(code, " ｃ－００１ "));
  }
}
