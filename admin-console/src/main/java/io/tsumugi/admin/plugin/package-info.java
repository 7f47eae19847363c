/**
 * The console's plugins page: installed plugins with their state and SHA-256, the files refused at
 * the last start, upload with a preview of the metadata plan, enable, disable, upgrade and
 * uninstall through the core plugin host, each action in the console audit.
 */
package io.tsumugi.admin.plugin;
