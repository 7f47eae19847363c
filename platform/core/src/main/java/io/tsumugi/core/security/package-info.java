/**
 * Who may log in: user accounts, password hashing, the identity store used by Jakarta Security, and
 * the creation of the first administrator on first start.
 */
package io.tsumugi.core.security;
