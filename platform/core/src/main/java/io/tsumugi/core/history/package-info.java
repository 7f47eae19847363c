/**
 * Reading the field history the record service writes ({@code sys_field_history}): who changed
 * which tracked field of a record from what to what, newest first.
 */
package io.tsumugi.core.history;
