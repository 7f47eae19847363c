package io.tsumugi.core.schema.runtime;

/**
 * One DDL (or data-fixing) statement of an apply and the statement that undoes it. Undo statements
 * are written so that running them when the statement never ran is harmless (they fail or do
 * nothing), which lets a half-done apply on H2 be undone without knowing how far it got.
 *
 * @param sql the statement
 * @param undo the statement undoing it, or {@code null} when there is nothing to undo
 */
public record DdlStep(String sql, String undo) {}
