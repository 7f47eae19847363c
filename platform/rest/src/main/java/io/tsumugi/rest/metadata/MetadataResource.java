package io.tsumugi.rest.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.apitoken.TokenCaller;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.metadata.MetadataVersionRecord;
import io.tsumugi.core.metadata.MetadataVersions;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.ApplyResult;
import io.tsumugi.core.schema.runtime.PlanPreview;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.validate.MetadataValidator;
import io.tsumugi.metadata.validate.ValidationReport;
import io.tsumugi.rest.auth.AdminOnly;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.auth.ReadOperation;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.Language;
import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.Json;
import io.tsumugi.rest.support.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /api/v1/metadata}: the metadata of the running CRM. Anyone reads the part they may see;
 * administrators read all of it, its history, and change it.
 */
@Path("v1/metadata")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetadataResource {

  @Inject private Engine engine;
  @Inject private MetadataVersions versions;
  @Context private HttpHeaders headers;
  @Context private SecurityContext security;

  /**
   * The active package; ETag and {@code Tsumugi-Metadata-Version} name its version. An
   * administrator gets all of it; anyone else the entities they may read without the fields hidden
   * from them and without the security section.
   */
  @GET
  @Path("package")
  public Response exportActive() {
    ActiveMetadata.Version active = engine.active().current();
    MetadataPackage seen = engine.access().visiblePackage(CallerPrincipal.callerContext(security));
    return Response.ok(PackageWriter.toJsonString(seen))
        .tag(new EntityTag("metadata-" + active.versionNo()))
        .header("Tsumugi-Metadata-Version", active.versionNo())
        .build();
  }

  /** Validates a package document: always 200, with the problems found. */
  @POST
  @Path("validate")
  @AdminOnly
  @ReadOperation
  @Consumes(MediaType.APPLICATION_JSON)
  public String validate(InputStream body) {
    byte[] bytes = JsonBody.readLimited(body, ApiLimits.current().maxBodyBytes());
    ValidationReport report = new MetadataValidator().validate(bytes);
    ObjectNode out = Json.object();
    out.put("valid", report.isValid());
    out.set("problems", PlanJson.problems(report.problems(), language()));
    return Json.write(out);
  }

  /** The plan from the active version to the package sent, with data impact counts. */
  @POST
  @Path("plan")
  @AdminOnly
  @ReadOperation
  @Consumes(MediaType.APPLICATION_JSON)
  public String plan(InputStream body) {
    MetadataPackage proposed = load(body);
    PlanPreview preview = engine.applier().preview(proposed);
    ObjectNode out = PlanJson.plan(preview.plan(), preview.answers(), language());
    out.put("baseVersion", preview.baseVersion());
    return Json.write(out);
  }

  /** Applies the package sent, planned on {@code baseVersion}; 409 if another version is active. */
  @POST
  @Path("apply")
  @AdminOnly
  @Consumes(MediaType.APPLICATION_JSON)
  public String apply(
      @QueryParam("baseVersion") String baseVersion,
      @QueryParam("confirmDestructive") String confirmDestructive,
      @QueryParam("force") String force,
      InputStream body) {
    int base = Params.version("baseVersion", baseVersion);
    MetadataPackage proposed = load(body);
    ApplyOptions options = ApplyOptions.defaults();
    if (Params.flag("confirmDestructive", confirmDestructive)) {
      options = options.confirmingDestructive();
    }
    if (Params.flag("force", force)) {
      options = options.forced();
    }
    TokenCaller caller = CallerPrincipal.of(security);
    ApplyResult result = engine.applier().apply(proposed, base, caller.loginId(), options);
    ObjectNode out = PlanJson.plan(result.plan(), result.answers(), language());
    out.put("version", result.versionNo());
    out.put("millis", result.millis());
    return Json.write(out);
  }

  /** Every version, newest first (the configuration's history is the administrators'). */
  @GET
  @Path("versions")
  @AdminOnly
  public String listVersions() {
    ObjectNode out = Json.object();
    ArrayNode items = out.putArray("items");
    for (MetadataVersionRecord v : versions.history()) {
      items
          .addObject()
          .put("version", v.getVersionNo())
          .put("active", v.isActive())
          .put("summary", v.getSummary())
          .put("appliedBy", v.getAppliedBy())
          .put("appliedAt", v.getAppliedAt().toString());
    }
    return Json.write(out);
  }

  /** The package of one version. */
  @GET
  @Path("versions/{version}")
  @AdminOnly
  public String version(@PathParam("version") String version) {
    return PackageWriter.toJsonString(packageOf(Params.version("version", version)));
  }

  /** The plan that turns version {@code from} into version {@code to}. */
  @GET
  @Path("diff")
  @AdminOnly
  public String diff(@QueryParam("from") String from, @QueryParam("to") String to) {
    MetadataPackage a = packageOf(Params.version("from", from));
    MetadataPackage b = packageOf(Params.version("to", to));
    return Json.write(PlanJson.plan(Planner.plan(a, b), List.of(), language()));
  }

  private MetadataPackage packageOf(int versionNo) {
    MetadataVersionRecord record =
        versions.history().stream()
            .filter(v -> v.getVersionNo() == versionNo)
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "metadata.versionNotFound",
                        "メタデータのバージョン " + versionNo + " はありません。",
                        "There is no metadata version " + versionNo + "."));
    if (record.getPackageJson() == null) {
      return MetadataPackage.empty(MetadataPackage.STANDARD_NAMESPACE);
    }
    return io.tsumugi.core.schema.runtime.MetadataStore.stored(record.getPackageJson());
  }

  private MetadataPackage load(InputStream body) {
    byte[] bytes = JsonBody.readLimited(body, ApiLimits.current().maxBodyBytes());
    LoadResult result = new MetadataLoader().loadJson(bytes);
    if (!result.isValid()) {
      throw ApiException.invalid(PlanJson.fieldErrors(result.report().errors()));
    }
    return result.pkg();
  }

  private Language language() {
    return Language.of(headers);
  }
}
