/**
 * Validation: {@link io.tsumugi.metadata.validate.MetadataValidator} runs the JSON Schema stage
 * ({@link io.tsumugi.metadata.validate.SchemaStage}) and the semantic checks, and returns a {@link
 * io.tsumugi.metadata.validate.ValidationReport} of {@link
 * io.tsumugi.metadata.validate.MetadataProblem}s, each with a JSON Pointer, a stable code and
 * Japanese and English messages. Reserved names live in text files next to {@link
 * io.tsumugi.metadata.validate.ReservedNames}.
 */
package io.tsumugi.metadata.validate;
