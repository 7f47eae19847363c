/** Per-user screen state: the signed-in person, locale, time zone, and localized texts. */
package io.tsumugi.web.session;
