/**
 * The panels of the detail page below the record's fields: the activity timeline (activities whose
 * lookups point at the record, newest first) and the field history of tracked fields.
 */
package io.tsumugi.web.detail;
