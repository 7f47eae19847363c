/**
 * What the admin console keeps besides metadata versions: {@link
 * io.tsumugi.core.console.ConsoleDrafts} holds one staged metadata package per administrator in
 * {@code sys_console_draft} (applied only through the metadata applier), and {@link
 * io.tsumugi.core.console.ConsoleAudit} records every console action in {@code sys_console_audit}.
 * Both tables come from {@code changelog-0.2.0-console.xml}.
 */
package io.tsumugi.core.console;
