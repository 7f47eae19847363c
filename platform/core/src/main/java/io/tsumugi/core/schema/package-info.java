/**
 * Migration of the platform's own tables (users, metadata versions, ...) with Liquibase, from the
 * per-release changelogs under {@code META-INF/tsumugi/db/}. Tables generated from metadata are
 * handled elsewhere.
 */
package io.tsumugi.core.schema;
