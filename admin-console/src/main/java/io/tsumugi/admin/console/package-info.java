/**
 * The console's shared beans: who is calling and in which language ({@link
 * io.tsumugi.admin.console.AdminCaller}), the draft every page edits ({@link
 * io.tsumugi.admin.console.ConsoleDraftService}, {@link io.tsumugi.admin.console.WorkingCopy}), and
 * page messages from the console's ja/en bundle ({@link io.tsumugi.admin.console.ConsoleMessages}).
 */
package io.tsumugi.admin.console;
