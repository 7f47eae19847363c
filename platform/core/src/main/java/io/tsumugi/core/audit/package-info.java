/**
 * The security audit log as one place to read: logins and failed logins, user, department and
 * permission changes, metadata changes and exports, merged from the tables that record them.
 */
package io.tsumugi.core.audit;
