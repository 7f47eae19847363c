/** Platform settings: where configuration values come from and in which order. */
package io.tsumugi.core.config;
