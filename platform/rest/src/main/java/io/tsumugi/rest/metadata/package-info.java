/**
 * {@code /api/v1/metadata}: export the active package, validate, plan (changes and data impact
 * counts), apply on a base version (409 when it moved), list versions, diff two versions.
 */
package io.tsumugi.rest.metadata;
