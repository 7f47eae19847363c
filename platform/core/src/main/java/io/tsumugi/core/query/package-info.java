/**
 * The query service: filtered, sorted and paged reads of records for list screens, lookups, quick
 * find, global search and the REST API. Field names come only from metadata, values travel only as
 * bind parameters, counts stop at 10,001 rows, deep pages use keyset cursors.
 */
package io.tsumugi.core.query;
