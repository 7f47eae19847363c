package io.tsumugi.rest.plugins;

import io.tsumugi.core.plugin.InstalledPlugin;
import io.tsumugi.core.plugin.PluginHost;
import io.tsumugi.core.plugin.PluginRefusedException;
import io.tsumugi.core.plugin.PluginRuntime;
import io.tsumugi.rest.auth.AdminOnly;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.problem.Language;
import io.tsumugi.rest.support.Json;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /api/v1/plugins}: the plugin host for administrators (the same authentication as the
 * metadata apply). Uploads are inspected by the host before any of their code runs; a refusal is a
 * problem document naming what is wrong in ja/en with a stable code ({@code plugin.corrupt}, {@code
 * plugin.zipSlip}, {@code plugin.apiIncompatible}, {@code plugin.dependencyMissing}, ...).
 */
@Path("v1/plugins")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class PluginsResource {

  @Inject private PluginRuntime runtime;
  @Context private HttpHeaders headers;

  /** Every plugin ever installed with its state, and the files refused at the last start. */
  @GET
  public String list() {
    PluginHost host = host();
    return Json.write(
        PluginJson.list(host.installed(), host.running(), host.problems(), Language.of(headers)));
  }

  /** Installs the jar sent as the body ({@code ?fileName=} names it in messages). */
  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public Response install(@QueryParam("fileName") String fileName, InputStream body) {
    try (PluginUpload upload = PluginUpload.of(body, fileName)) {
      return created(refusing(h -> h.install(upload.file())));
    }
  }

  /** Installs the jar sent in the multipart part {@code file}. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response installMultipart(List<EntityPart> parts) {
    try (PluginUpload upload = PluginUpload.of(parts)) {
      return created(refusing(h -> h.install(upload.file())));
    }
  }

  /** Replaces plugin {@code id} by the newer version sent as the body; its data is kept. */
  @POST
  @Path("{id}/upgrade")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public String upgrade(
      @PathParam("id") String id, @QueryParam("fileName") String fileName, InputStream body) {
    try (PluginUpload upload = PluginUpload.of(body, fileName)) {
      return ok(refusing(h -> h.upgrade(upload.file(), id)));
    }
  }

  /** The same with the jar in the multipart part {@code file}. */
  @POST
  @Path("{id}/upgrade")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public String upgradeMultipart(@PathParam("id") String id, List<EntityPart> parts) {
    try (PluginUpload upload = PluginUpload.of(parts)) {
      return ok(refusing(h -> h.upgrade(upload.file(), id)));
    }
  }

  /** Starts a disabled plugin again. */
  @POST
  @Path("{id}/enable")
  public String enable(@PathParam("id") String id) {
    return ok(refusing(h -> h.enable(id)));
  }

  /** Stops a plugin's extensions; its entities and data stay. */
  @POST
  @Path("{id}/disable")
  public String disable(@PathParam("id") String id) {
    return ok(refusing(h -> h.disable(id)));
  }

  /**
   * Uninstalls: entities out of the active metadata, tables archived ({@code ?purge=true}:
   * dropped).
   */
  @DELETE
  @Path("{id}")
  public String uninstall(@PathParam("id") String id, @QueryParam("purge") String purge) {
    boolean drop = purge != null && (purge.isEmpty() || purge.equals("true"));
    if (purge != null && !drop && !purge.equals("false")) {
      throw ApiException.badRequest(
          "param.invalid", "purge は true か false にしてください。", "purge must be true or false.");
    }
    return ok(refusing(h -> h.uninstall(id, drop)));
  }

  private Response created(InstalledPlugin p) {
    return Response.status(201).entity(ok(p)).type(MediaType.APPLICATION_JSON).build();
  }

  private String ok(InstalledPlugin p) {
    return Json.write(PluginJson.plugin(p, host().running().contains(p.pluginId())));
  }

  private InstalledPlugin refusing(Function<PluginHost, InstalledPlugin> operation) {
    PluginHost host = host();
    try {
      return operation.apply(host);
    } catch (PluginRefusedException e) {
      throw new ApiException(status(e.code()), e.code(), e.localized().ja(), e.localized().en());
    }
  }

  private PluginHost host() {
    return runtime
        .host()
        .orElseThrow(
            () ->
                new ApiException(
                    503,
                    "plugin.hostUnavailable",
                    "プラグインホストが開始していません。サーバーのログを確認してください。",
                    "The plugin host did not start; see the server log."));
  }

  private static int status(String code) {
    return switch (code) {
      case "plugin.notInstalled" -> 404;
      case "plugin.alreadyInstalled", "plugin.notNewer" -> 409;
      default -> 422;
    };
  }
}
