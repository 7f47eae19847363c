/**
 * The extension points a plugin implements, each an interface a plugin class implements and
 * annotates with {@code @org.pf4j.Extension}: {@link io.tsumugi.api.extension.MetadataContribution}
 * (its entities), {@link io.tsumugi.api.extension.FieldNormalizer}, {@link
 * io.tsumugi.api.extension.RecordValidator}, {@link io.tsumugi.api.extension.RecordListener},
 * {@link io.tsumugi.api.extension.RecordAction} and {@link io.tsumugi.api.extension.DetailPanel}.
 *
 * <p>An extension class needs a public no-argument constructor or a public constructor taking a
 * {@link io.tsumugi.api.PluginContext}; the platform creates one instance per plugin load.
 */
package io.tsumugi.api.extension;
