/**
 * The plugin host (PF4J inside the platform): {@link io.tsumugi.core.plugin.PluginHost} loads the
 * plugins folder and runs the lifecycle (install, enable, disable, upgrade, uninstall), {@link
 * io.tsumugi.core.plugin.PluginFileInspector} vets each file before its code runs (zip slip,
 * bundled API, manifest, API range, SHA-256, optional Ed25519 signature), {@link
 * io.tsumugi.core.plugin.PluginStateStore} keeps the state in {@code sys_plugin}, and {@link
 * io.tsumugi.core.plugin.PluginExtensions} is the record service's hook into plugin extensions,
 * failures isolated per plugin. Internal: plugins see only {@code io.tsumugi.api}.
 */
package io.tsumugi.core.plugin;
