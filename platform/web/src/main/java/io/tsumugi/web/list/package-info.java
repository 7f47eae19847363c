/**
 * The generated list pages: a lazy data table per entity whose filtering, sorting and paging all
 * happen in the query service, with columns from the entity's list views.
 */
package io.tsumugi.web.list;
