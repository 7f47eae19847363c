/**
 * The metadata versions stored in the database: which version is active, who applied each one and
 * when.
 */
package io.tsumugi.core.metadata;
