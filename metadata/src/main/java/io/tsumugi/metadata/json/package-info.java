/**
 * JSON in and out: the guarded reader that refuses hostile documents before building a tree ({@link
 * io.tsumugi.metadata.json.JsonDocuments}), the tolerant reader from a JSON tree to the model
 * ({@link io.tsumugi.metadata.json.PackageReader}) and the writer of the single-document form
 * ({@link io.tsumugi.metadata.json.PackageWriter}).
 */
package io.tsumugi.metadata.json;
