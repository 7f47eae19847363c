/**
 * The generated record screens: the create/edit form and the detail page of any entity, built from
 * its layout metadata and backed by the record service (the only write path).
 */
package io.tsumugi.web.record;
