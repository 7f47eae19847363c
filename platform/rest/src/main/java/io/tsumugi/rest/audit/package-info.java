/** {@code /api/v1/audit}: the security audit log for administrators. */
package io.tsumugi.rest.audit;
