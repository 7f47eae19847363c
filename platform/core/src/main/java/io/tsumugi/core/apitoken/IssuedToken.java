package io.tsumugi.core.apitoken;

/**
 * A token just created: the stored record and the secret, which exists only in this object and is
 * shown to the user once.
 *
 * @param token the stored token
 * @param secret the bearer secret to hand to the user
 */
public record IssuedToken(ApiToken token, String secret) {}
