/** Navigation built from the active metadata: the entities a user can open. */
package io.tsumugi.web.nav;
