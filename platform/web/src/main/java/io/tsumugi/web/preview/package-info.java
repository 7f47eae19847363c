/**
 * The console's layout preview: the end-user form and record page of an entity as the layout editor
 * has it now, rendered by the same includes as {@code /r/edit.xhtml} and {@code /r/view.xhtml}.
 */
package io.tsumugi.web.preview;
