package io.tsumugi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pf4j.util.Unzip;

/** Inspection of plugin files before any of their code is loaded. */
class PluginFileInspectorTest {

  @TempDir Path dir;
  @TempDir Path keys;

  private final PluginFileInspector inspector =
      new PluginFileInspector(PluginSignatureVerifier.disabled());

  @ParameterizedTest
  @CsvSource({
    "classes/Foo.class, false",
    "a/b/../c.txt, true",
    "../evil.txt, true",
    "/etc/passwd, true",
    "C:/Windows/evil.dll, true",
    "a\\..\\b, true",
    "..., false",
    "a..b/c, false"
  })
  void entryNamesThatLeaveTheFolderAreDetected(String entry, boolean escapes) {
    assertThat(PluginFileInspector.escapesFolder(entry)).isEqualTo(escapes);
  }

  @Test
  void validJarGivesIdVersionRangeAndSha256() throws Exception {
    Path jar =
        PluginJar.of(dir, "ok.jar", "okplugin", "1.2.3")
            .header("Plugin-Dependencies", "base@>=1.0.0, extra?")
            .build();

    InspectedPlugin p = inspector.inspect(jar);

    assertThat(p.id()).isEqualTo("okplugin");
    assertThat(p.version()).isEqualTo("1.2.3");
    assertThat(p.dependencies())
        .containsExactly(
            new PluginDependency("base", ">=1.0.0", false),
            new PluginDependency("extra", "*", true));
    assertThat(p.sha256()).matches("[0-9a-f]{64}");
    assertThat(p.signed()).isFalse();
  }

  @Test
  void pluginIdThatCannotBeANamespaceIsRefused() throws Exception {
    Path jar = PluginJar.of(dir, "bad.jar", "Real-Estate", "1.0.0").build();

    assertThatThrownBy(() -> inspector.inspect(jar))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("Plugin-Id 'Real-Estate'");
  }

  @Test
  void manifestWithoutApiRangeIsRefused() throws Exception {
    Path jar = PluginJar.of(dir, "x.jar", "xx", "1.0.0").header("Plugin-Requires", null).build();

    assertThatThrownBy(() -> inspector.inspect(jar)).hasMessageContaining("no Plugin-Requires");
  }

  @Test
  void zipFilesAreRefused() throws Exception {
    Path zip = Files.write(dir.resolve("plugin.zip"), new byte[] {});

    assertThatThrownBy(() -> inspector.inspect(zip)).hasMessageContaining("must be a .jar");
  }

  @Test
  void pf4jsOwnUnzipAlsoRefusesEntriesEscapingTheFolder() throws Exception {
    // PF4J 3.15 guards its own zip expansion (Unzip.validateExtractPath); we rely on our check
    // first, and keep this test to notice if PF4J ever drops its guard.
    Path zip =
        PluginJar.of(dir, "slip.jar", "slip", "1.0.0")
            .rawEntry("../evil.txt", new byte[] {1})
            .build();
    Path target = Files.createDirectories(dir.resolve("out/plugin"));

    assertThatThrownBy(() -> new Unzip(zip.toFile(), target.toFile()).extract())
        .isInstanceOf(Exception.class);
    assertThat(dir.resolve("out/evil.txt")).doesNotExist();
  }

  @Test
  void signatureByATrustedKeyIsVerified() throws Exception {
    KeyPair trusted = keyPair();
    writePublicKey(trusted, "partner.pem");
    Path jar = PluginJar.of(dir, "signed.jar", "signed", "1.0.0").build();
    sign(jar, trusted);

    InspectedPlugin p = requiringSignatures().inspect(jar);

    assertThat(p.signed()).isTrue();
  }

  @Test
  void signatureByAnUnknownKeyIsRefused() throws Exception {
    writePublicKey(keyPair(), "partner.pem");
    Path jar = PluginJar.of(dir, "signed.jar", "signed", "1.0.0").build();
    sign(jar, keyPair());

    assertThatThrownBy(() -> requiringSignatures().inspect(jar))
        .hasMessageContaining("matches none of the trusted keys");
  }

  @Test
  void unsignedPluginIsRefusedWhenSignaturesAreRequired() throws Exception {
    writePublicKey(keyPair(), "partner.pem");
    Path jar = PluginJar.of(dir, "plain.jar", "plain", "1.0.0").build();

    assertThatThrownBy(() -> requiringSignatures().inspect(jar))
        .hasMessageContaining("no signature plain.jar.sig");
  }

  private PluginFileInspector requiringSignatures() {
    return new PluginFileInspector(PluginSignatureVerifier.fromFolder(keys, true));
  }

  private static KeyPair keyPair() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  private void writePublicKey(KeyPair pair, String name) throws Exception {
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";
    Files.writeString(keys.resolve(name), pem);
  }

  private static void sign(Path jar, KeyPair pair) throws Exception {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(pair.getPrivate());
    signer.update(Files.readAllBytes(jar));
    Files.writeString(
        jar.resolveSibling(jar.getFileName() + ".sig"),
        Base64.getEncoder().encodeToString(signer.sign()));
  }
}
