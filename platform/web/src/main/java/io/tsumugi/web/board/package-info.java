/**
 * The pipeline board: one column per value of an entity's stage picklist, cards dragged between
 * columns through the record service (so validation rules apply to a move like to any edit).
 */
package io.tsumugi.web.board;
