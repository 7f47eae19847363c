/**
 * What each user chose on a list page (columns, ad hoc filter conditions, sort), kept in {@code
 * sys_list_preference} so the list looks the same when they come back.
 */
package io.tsumugi.core.preferences;
