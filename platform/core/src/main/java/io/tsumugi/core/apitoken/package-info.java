/**
 * API tokens for the REST API: issued per user with a scope (read or read-write), shown once,
 * stored only as a SHA-256 hash, revocable. The REST layer authenticates {@code Authorization:
 * Bearer} with {@link io.tsumugi.core.apitoken.ApiTokens}.
 */
package io.tsumugi.core.apitoken;
