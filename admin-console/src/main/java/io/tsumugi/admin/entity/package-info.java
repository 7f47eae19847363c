/**
 * The entity manager: the list of entities with their origin ({@link
 * io.tsumugi.admin.entity.EntityListView}, {@link io.tsumugi.admin.entity.EntityRow}, {@link
 * io.tsumugi.admin.entity.EntityOrigins}) and the page that creates, edits and deletes one entity
 * ({@link io.tsumugi.admin.entity.EntityEditView}).
 */
package io.tsumugi.admin.entity;
