package io.tsumugi.admin.metadata;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.PackageMerge;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /admin/transfer.xhtml}: exports the active package (all or chosen entities) as a
 * package file, and imports one into the draft, whose plan is then reviewed like any change.
 */
@Named("transfer")
@ViewScoped
public class PackageTransfer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final java.util.Set<String> OUTSIDE_REFERENCES =
      java.util.Set.of(
          "lookup.targetMissing",
          "relatedList.unknownEntity",
          "rollup.unknownChild",
          "security.unknownEntity");

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private List<String> chosen = new ArrayList<>();
  private transient UploadedFile file;

  /** The active package, or the chosen entities of it, as a file to download. */
  public StreamedContent getDownload() {
    var active = drafts.engine().active().current();
    MetadataPackage pkg = PackageMerge.only(active.pkg(), chosen);
    byte[] json = PackageWriter.toJsonString(pkg).getBytes(StandardCharsets.UTF_8);
    drafts.audit(
        caller.loginId(),
        "package.exported",
        "v" + active.versionNo() + (chosen.isEmpty() ? "" : " " + String.join(",", chosen)));
    return DefaultStreamedContent.builder()
        .name("tsumugi-metadata-v" + active.versionNo() + ".json")
        .contentType("application/json")
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  /** Merges the uploaded package into the draft and opens the review. */
  public String importFile() {
    if (file == null || file.getSize() == 0) {
      ConsoleMessages.error(null, ConsoleMessages.text("transfer.noFile"));
      return null;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      ConsoleMessages.error(null, ConsoleMessages.text("transfer.unreadable"));
      return null;
    }
    if (bytes.length > MAX_BYTES) {
      ConsoleMessages.error(null, ConsoleMessages.text("transfer.tooLarge"));
      return null;
    }
    LoadResult loaded = new MetadataLoader().loadJson(bytes);
    if (!loaded.isValid() && !onlyOutsideReferences(loaded)) {
      for (MetadataProblem p : loaded.report().errors()) {
        ConsoleMessages.error(null, caller.pick(p.messageJa(), p.messageEn()));
      }
      return null;
    }
    WorkingCopy copy = drafts.load(caller.loginId());
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            PackageMerge.merge(copy.pkg(), loaded.pkg()),
            "package.imported",
            file.getFileName());
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("transfer.imported", file.getFileName()));
    return "/admin/review?faces-redirect=true";
  }

  /**
   * True when the file could be read and its only errors are references to entities outside it (a
   * file of chosen entities looks up 取引先 without containing it): the merged draft is validated as a
   * whole before it is staged.
   */
  private static boolean onlyOutsideReferences(LoadResult loaded) {
    return loaded.pkg() != null
        && loaded.report().errors().stream().allMatch(p -> OUTSIDE_REFERENCES.contains(p.code()));
  }

  /** The active entities, for choosing what to export. */
  public List<SelectItem> getEntityChoices() {
    return drafts.engine().active().current().pkg().entities().stream()
        .map(e -> new SelectItem(e.name(), caller.text(e.label()) + " (" + e.name() + ")"))
        .toList();
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
