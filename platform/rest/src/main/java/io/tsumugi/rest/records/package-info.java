/**
 * {@code /api/v1/records/{entity}}: records of the active metadata's entities through the record
 * service (the only write path), as flat JSON objects: {@code id}, {@code version}, {@code
 * createdAt}, {@code updatedAt}, {@code ownerId} and one property per field.
 */
package io.tsumugi.rest.records;
