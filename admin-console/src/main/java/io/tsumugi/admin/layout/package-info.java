/**
 * The layout editor: the form and detail sections of an entity ({@link
 * io.tsumugi.admin.layout.LayoutDraft}, plain Java), its related lists, the page bean {@link
 * io.tsumugi.admin.layout.LayoutEditView} and the working layout handed to the end-user preview
 * ({@link io.tsumugi.admin.layout.LayoutPreviews}).
 */
package io.tsumugi.admin.layout;
