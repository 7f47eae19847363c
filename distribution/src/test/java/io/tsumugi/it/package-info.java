/**
 * Black-box tests of the provisioned distribution: each run starts {@code bin/tsumugi.sh} exactly
 * as a user would (on H2, or PostgreSQL with {@code -Ddb=postgresql}) and talks to it over HTTP
 * ({@code *IT}) or through headless Chromium ({@code *BrowserIT}).
 */
package io.tsumugi.it;
