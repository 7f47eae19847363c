/**
 * Turns metadata plans into database tables: DDL generated per change and run by Liquibase, data
 * checks answered with counts, the migration lock, the metadata store and the apply that switches
 * versions all or nothing (one transaction on PostgreSQL, an undo journal on H2).
 */
package io.tsumugi.core.schema.runtime;
