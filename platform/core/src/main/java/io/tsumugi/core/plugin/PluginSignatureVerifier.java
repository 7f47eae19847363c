package io.tsumugi.core.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Optional signature check: a plugin file {@code x.jar} may come with {@code x.jar.sig}, the Base64
 * Ed25519 signature of the file's bytes; it is verified against the public keys (PEM, {@code
 * *.pem}) the operator put in the trusted-keys folder. When signatures are required, an unsigned
 * file or one signed by an unknown key is refused.
 */
public final class PluginSignatureVerifier {

  private final List<PublicKey> trustedKeys;
  private final boolean required;

  private PluginSignatureVerifier(List<PublicKey> trustedKeys, boolean required) {
    this.trustedKeys = List.copyOf(trustedKeys);
    this.required = required;
  }

  /** No keys, no requirement: signatures are not checked (the default). */
  public static PluginSignatureVerifier disabled() {
    return new PluginSignatureVerifier(List.of(), false);
  }

  /** The keys in {@code keysDir} ({@code *.pem}); {@code required} refuses unsigned plugins. */
  public static PluginSignatureVerifier fromFolder(Path keysDir, boolean required) {
    List<PublicKey> keys = new ArrayList<>();
    if (Files.isDirectory(keysDir)) {
      try (DirectoryStream<Path> pems = Files.newDirectoryStream(keysDir, "*.pem")) {
        for (Path pem : pems) {
          keys.add(readPublicKey(pem));
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read trusted plugin keys in " + keysDir, e);
      }
    }
    return new PluginSignatureVerifier(keys, required);
  }

  /** Reads an Ed25519 public key in PEM ({@code -----BEGIN PUBLIC KEY-----}). */
  static PublicKey readPublicKey(Path pem) throws IOException {
    String text = Files.readString(pem, StandardCharsets.US_ASCII);
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Not an Ed25519 public key in PEM: " + pem, e);
    }
  }

  /**
   * Checks the signature of {@code file} if there is one.
   *
   * @return whether a trusted signature was verified
   * @throws PluginRefusedException when a signature is present but wrong, or missing but required
   */
  boolean verify(Path file, String name) throws IOException {
    Path sig = file.resolveSibling(name + ".sig");
    if (!Files.exists(sig)) {
      if (required) {
        throw PluginRefusedException.of(
            name,
            "署名ファイル " + name + ".sig がありません(署名が必須に設定されています)。",
            "there is no signature " + name + ".sig and signatures are required.");
      }
      return false;
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(Files.readString(sig).trim());
    } catch (IllegalArgumentException e) {
      throw PluginRefusedException.of(
          name, "署名ファイルが Base64 ではありません。", "its signature file is not Base64.", e);
    }
    byte[] content = Files.readAllBytes(file);
    for (PublicKey key : trustedKeys) {
      try {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(content);
        if (verifier.verify(signature)) {
          return true;
        }
      } catch (GeneralSecurityException e) {
        // a malformed signature for this key: try the next key
      }
    }
    throw PluginRefusedException.of(
        name, "署名が信頼済みのどの鍵とも一致しません。", "its signature matches none of the trusted keys.");
  }
}
