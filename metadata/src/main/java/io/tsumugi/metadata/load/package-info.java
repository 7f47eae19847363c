/**
 * Loading packages: {@link io.tsumugi.metadata.load.MetadataLoader} reads a package from a
 * directory ({@code package.json} + {@code entities/*.json} + {@code picklists/*.json}), from a
 * classpath location, or from one JSON document, and validates it; {@link
 * io.tsumugi.metadata.load.LoadResult} carries the model and the report.
 */
package io.tsumugi.metadata.load;
