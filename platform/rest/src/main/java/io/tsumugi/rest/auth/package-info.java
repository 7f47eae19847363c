/**
 * Who may call what: {@code Authorization: Bearer} API tokens (HTTP Basic login only where a
 * resource allows it, to create the first token), scopes enforced per method, administrators only
 * where marked, a token bucket per token, and the request body limit.
 */
package io.tsumugi.rest.auth;
