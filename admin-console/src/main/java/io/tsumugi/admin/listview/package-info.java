/**
 * The list view editor: the columns, sort keys and filters of an entity's list views ({@link
 * io.tsumugi.admin.listview.ListViewForm}, plain Java), checked live by the metadata validator
 * ({@link io.tsumugi.admin.listview.ListViewProblems}), and the page bean {@link
 * io.tsumugi.admin.listview.ListViewEditView}.
 */
package io.tsumugi.admin.listview;
