/** Global search across the searchable fields of every entity the user may see. */
package io.tsumugi.web.search;
