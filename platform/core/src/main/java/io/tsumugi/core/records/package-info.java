/**
 * The record service, the only write path for every caller (screens, REST, import, automation,
 * plugins): normalise, validate (all errors at once, in Japanese and English), compute auto-numbers
 * and formulas, stamp owner and times, keep field history, detect concurrent edits.
 */
package io.tsumugi.core.records;
