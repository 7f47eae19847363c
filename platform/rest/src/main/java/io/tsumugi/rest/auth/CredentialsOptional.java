package io.tsumugi.rest.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Anyone may call; a request that sends credentials (a Bearer token, or HTTP Basic) is
 * authenticated as usual, refused when they are wrong, and answered for that caller (the OpenAPI
 * document: the entities and fields the caller may read).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CredentialsOptional {}
