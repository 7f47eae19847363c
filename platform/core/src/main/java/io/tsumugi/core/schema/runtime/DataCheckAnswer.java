package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.DataCheck;

/**
 * A data check of a plan and how many records it concerns.
 *
 * @param change the change asking
 * @param check the question
 * @param count the number of records (rows) concerned
 */
public record DataCheckAnswer(Change change, DataCheck check, long count) {}
