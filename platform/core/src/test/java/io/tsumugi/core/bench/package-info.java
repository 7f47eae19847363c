/** Shared helpers of the benchmark programs (never part of the test suite). */
package io.tsumugi.core.bench;
