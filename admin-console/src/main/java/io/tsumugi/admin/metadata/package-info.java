/** Console pages about metadata: the version history. */
package io.tsumugi.admin.metadata;
