/**
 * Who may do what with which records: the caller's effective permissions (from roles and direct
 * permission set assignments), field access, and the visibility of records as a {@link
 * io.tsumugi.core.access.RowScope} that the query and record services turn into SQL. One component
 * for every route (REST, screens, plugins, batch, export); see docs/security.md.
 */
package io.tsumugi.core.access;
