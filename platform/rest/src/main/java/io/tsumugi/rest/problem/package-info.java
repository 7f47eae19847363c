/**
 * Errors as RFC 9457 {@code application/problem+json}: {@link io.tsumugi.rest.problem.ApiException}
 * carries a status, a stable code, ja/en texts and per-field errors; the exception mappers here
 * turn every failure (ours, JAX-RS's, JSON parsing, anything unexpected) into such a document in
 * the caller's language, never with a stack trace.
 */
package io.tsumugi.rest.problem;
