/** What happens, in order, when the application starts. */
package io.tsumugi.core.startup;
