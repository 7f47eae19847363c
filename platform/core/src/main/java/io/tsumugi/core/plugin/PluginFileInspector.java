package io.tsumugi.core.plugin;

import io.tsumugi.api.ApiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Checks a plugin file before any of its code is loaded: a readable jar, no entry whose path would
 * escape its folder (zip slip), no bundled copy of the API or PF4J (which would silently yield zero
 * extensions), a manifest naming id, version and the API range, a range containing the running API
 * version, a valid signature when signatures are required. Records its SHA-256.
 */
public final class PluginFileInspector {

  /** Plugin ids double as metadata namespaces: 2–20 lower-case letters or digits. */
  static final Pattern PLUGIN_ID = Pattern.compile("^[a-z][a-z0-9]{1,19}$");

  private static final Pattern SEMVER = Pattern.compile("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$");
  private static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
  private static final int MAX_ENTRIES = 10_000;

  private final String apiVersion;
  private final PluginSignatureVerifier signatures;
  private final VersionManager versions = new DefaultVersionManager();

  /** An inspector for the running API version; signatures as configured in {@code signatures}. */
  public PluginFileInspector(PluginSignatureVerifier signatures) {
    this(ApiVersion.CURRENT, signatures);
  }

  /** An inspector for another API version (tests of version ranges). */
  PluginFileInspector(String apiVersion, PluginSignatureVerifier signatures) {
    this.apiVersion = apiVersion;
    this.signatures = signatures;
  }

  /**
   * Inspects {@code file}.
   *
   * @throws PluginRefusedException saying what is wrong, ja and en
   */
  public InspectedPlugin inspect(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".jar")) {
      throw PluginRefusedException.of(
              name, "プラグインは .jar ファイルで配布してください。", "a plugin must be a .jar file.")
          .coded("plugin.notJar");
    }
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw PluginRefusedException.of(name, "50 MB を超えています。", "it is larger than 50 MB.");
      }
      Manifest manifest = checkEntries(file, name);
      InspectedPlugin plugin = readManifest(file, name, manifest);
      boolean signed = signatures.verify(file, name);
      return new InspectedPlugin(
          file,
          plugin.id(),
          plugin.version(),
          plugin.requires(),
          plugin.dependencies(),
          sha256(file),
          signed);
    } catch (ZipException e) {
      throw PluginRefusedException.of(
              name,
              "jar/zip ファイルとして読めません(壊れています): " + e.getMessage(),
              "it is not a readable jar/zip file (corrupt): " + e.getMessage(),
              e)
          .coded("plugin.corrupt");
    } catch (IOException e) {
      throw PluginRefusedException.of(
          name, "読み込めません: " + e.getMessage(), "it cannot be read: " + e.getMessage(), e);
    }
  }

  private Manifest checkEntries(Path file, String name) throws IOException {
    Manifest manifest = null;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      int count = 0;
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (++count > MAX_ENTRIES) {
          throw PluginRefusedException.of(
              name, "エントリが多すぎます(上限 10,000)。", "it has too many entries (limit 10,000).");
        }
        String path = entry.getName();
        if (escapesFolder(path)) {
          throw PluginRefusedException.of(
                  name,
                  "エントリ「" + path + "」がプラグインのフォルダの外を指しています(zip slip)。",
                  "entry '" + path + "' points outside the plugin's folder (zip slip).")
              .coded("plugin.zipSlip");
        }
        if (path.startsWith("io/tsumugi/api/") || path.startsWith("org/pf4j/")) {
          throw PluginRefusedException.of(
              name,
              "プラットフォーム API または PF4J のクラス(" + path + ")を含んでいます。依存関係を provided にしてください。",
              "it bundles platform API or PF4J classes ("
                  + path
                  + "); declare those dependencies as provided.");
        }
        if ("META-INF/MANIFEST.MF".equals(path)) {
          try (InputStream in = zip.getInputStream(entry)) {
            manifest = new Manifest(in);
          }
        }
      }
    }
    if (manifest == null) {
      throw PluginRefusedException.of(
          name, "META-INF/MANIFEST.MF がありません。", "it has no META-INF/MANIFEST.MF.");
    }
    return manifest;
  }

  /** True for absolute paths, drive letters, backslashes and any {@code ..} segment. */
  static boolean escapesFolder(String entryName) {
    String path = entryName.replace('\\', '/');
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || entryName.contains("\\")) {
      return true;
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private InspectedPlugin readManifest(Path file, String name, Manifest manifest) {
    Attributes main = manifest.getMainAttributes();
    String id = required(main, "Plugin-Id", name);
    if (!PLUGIN_ID.matcher(id).matches()) {
      throw PluginRefusedException.of(
          name,
          "Plugin-Id「" + id + "」は英小文字で始まる 2〜20 文字の英小文字・数字にしてください(名前空間になります)。",
          "Plugin-Id '"
              + id
              + "' must be 2-20 lower-case letters or digits starting with a letter (it is the"
              + " namespace).");
    }
    String version = required(main, "Plugin-Version", name);
    if (!SEMVER.matcher(version).matches()) {
      throw PluginRefusedException.of(
          name,
          "Plugin-Version「" + version + "」はセマンティックバージョン(例 1.2.0)ではありません。",
          "Plugin-Version '" + version + "' is not a semantic version (e.g. 1.2.0).");
    }
    String requires = required(main, "Plugin-Requires", name);
    checkApiRange(name, requires);
    return new InspectedPlugin(
        file,
        id,
        version,
        requires,
        PluginDependency.parseAll(main.getValue("Plugin-Dependencies")),
        "",
        false);
  }

  private void checkApiRange(String name, String requires) {
    boolean satisfied;
    try {
      satisfied = versions.checkVersionConstraint(apiVersion, requires);
    } catch (RuntimeException e) {
      throw PluginRefusedException.of(
          name,
          "Plugin-Requires「" + requires + "」を解釈できません(例 >=1.0.0 & <2.0.0)。",
          "Plugin-Requires '" + requires + "' cannot be parsed (e.g. >=1.0.0 & <2.0.0).",
          e);
    }
    if (!satisfied) {
      throw PluginRefusedException.of(
              name,
              "プラグイン API " + requires + " が必要ですが、このサーバーの API は " + apiVersion + " です。",
              "it needs plugin API "
                  + requires
                  + " but this server provides API "
                  + apiVersion
                  + ".")
          .coded("plugin.apiIncompatible");
    }
  }

  private static String required(Attributes main, String header, String name) {
    String value = main.getValue(header);
    if (value == null || value.isBlank()) {
      throw PluginRefusedException.of(
              name, "マニフェストに " + header + " がありません。", "its manifest has no " + header + ".")
          .coded("plugin.manifestInvalid");
    }
    return value.trim();
  }

  /** The SHA-256 of {@code file}, lower-case hex. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
