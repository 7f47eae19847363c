/**
 * The console's access page: each entity's default visibility (edited in the draft), the permission
 * sets and sharing rules in force, assigning permission sets to users, and the answer to "why can
 * this user see this record?".
 */
package io.tsumugi.admin.access;
