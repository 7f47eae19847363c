/**
 * The public contract of Tsumugi CRM for plugins: the only package a plugin may compile against.
 *
 * <p>Everything here is versioned semantically; anything in {@code io.tsumugi.core} may change
 * without notice. Extension points arrive with the plugin system (see docs/plugin-guide.md once it
 * exists).
 */
package io.tsumugi.api;
