/**
 * Demo data: a few hundred realistic Japanese CRM records (companies, contacts, leads, deals across
 * the pipeline, activities), written through the record service when {@code tsumugi.demo-data=true}
 * and the database has no records yet.
 */
package io.tsumugi.core.demo;
