/** What the signed-in user may do on the record screens, to show only the buttons that work. */
package io.tsumugi.web.access;
