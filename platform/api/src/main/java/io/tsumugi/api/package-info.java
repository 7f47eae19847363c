/**
 * The public contract of Tsumugi CRM for plugins: the only packages a plugin may compile against
 * ({@code provided} scope).
 *
 * <p>This package holds the plugin's side of the lifecycle ({@link io.tsumugi.api.TsumugiPlugin},
 * {@link io.tsumugi.api.PluginContext}) and the versions ({@link io.tsumugi.api.ApiVersion}, {@link
 * io.tsumugi.api.PlatformVersion}); {@link io.tsumugi.api.record} the records a plugin reads and
 * writes; {@link io.tsumugi.api.extension} the extension points. Everything here is versioned
 * semantically (see {@link io.tsumugi.api.ApiVersion}); anything in {@code io.tsumugi.core} may
 * change without notice. The plugin guide is {@code docs/plugin-guide.md}.
 */
package io.tsumugi.api;
