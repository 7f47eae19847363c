/** The console's audit log page: who did what, when ({@link io.tsumugi.admin.audit.AuditView}). */
package io.tsumugi.admin.audit;
