/**
 * {@code /api/v1/plugins}: administrators list, install (upload), enable, disable, upgrade and
 * uninstall plugins on the running server's plugin host.
 */
package io.tsumugi.rest.plugins;
