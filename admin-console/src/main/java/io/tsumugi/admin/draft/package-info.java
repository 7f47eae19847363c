/**
 * Pure edits of a draft metadata package (no container, no database): put or remove an entity, a
 * field or a rule ({@link io.tsumugi.admin.draft.DraftEdits}), new stable ids ({@link
 * io.tsumugi.admin.draft.NewIds}), and moving a draft onto a newer active version ({@link
 * io.tsumugi.admin.draft.DraftRebase}).
 */
package io.tsumugi.admin.draft;
