/**
 * The console's users and departments page ({@code /admin/users.xhtml}): users created, changed,
 * deactivated and given a new password (shown once); departments created, renamed and moved in the
 * tree; roles granted. Every change is written to the console audit log.
 */
package io.tsumugi.admin.identity;
