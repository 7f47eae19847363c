/**
 * The OpenAPI 3.1 document, generated from the active metadata as a pure function of a {@link
 * io.tsumugi.metadata.model.MetadataPackage} ({@link io.tsumugi.rest.openapi.OpenApiGenerator}),
 * served at {@code /api/v1/openapi.json}, and the interactive Swagger UI page under {@code
 * /api/docs/} from the bundled webjar (no external assets).
 */
package io.tsumugi.rest.openapi;
