/**
 * The deployable web application: end-user screens and what they need (login, session, locale).
 * Pages live in {@code src/main/webapp}; texts in {@code io/tsumugi/web/messages*.properties}.
 */
package io.tsumugi.web;
