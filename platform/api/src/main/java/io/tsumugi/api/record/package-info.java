/**
 * Records as plugins see them ({@link io.tsumugi.api.record.RecordView}), the services that read
 * and write them with the current user's rights ({@link io.tsumugi.api.record.RecordService},
 * {@link io.tsumugi.api.record.QueryService}) and the problems found when saving ({@link
 * io.tsumugi.api.record.FieldError}).
 */
package io.tsumugi.api.record;
