/**
 * Screens' view of the active metadata: labels in the viewer's language and view models that Faces
 * EL can read (EL in Jakarta EE 10 does not read Java records' accessors, so the metadata records
 * are wrapped in beans with getters).
 */
package io.tsumugi.web.metadata;
