/**
 * How people log in to the screens: the Jakarta Security form mechanism, the login and logout
 * actions. The identity store itself lives in {@code io.tsumugi.core.security}.
 */
package io.tsumugi.web.security;
