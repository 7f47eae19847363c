/**
 * The admin console: backing beans for the pages under {@code /admin/}, reachable by administrators
 * only (see the web application's {@code web.xml}).
 */
package io.tsumugi.admin;
