/**
 * The CDI face of the engine inside WildFly: one application-scoped bean builds the schema applier,
 * the dynamic types, the record and query services on the container's data source and persistence
 * unit. The services themselves are plain classes, testable without a container.
 */
package io.tsumugi.core.engine;
