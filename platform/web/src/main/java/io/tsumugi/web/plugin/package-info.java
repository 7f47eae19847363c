/**
 * The plugins' parts of the record pages: action buttons and detail panels ({@code
 * WEB-INF/includes/plugin-extensions.xhtml}), kept apart from the generated screens.
 */
package io.tsumugi.web.plugin;
