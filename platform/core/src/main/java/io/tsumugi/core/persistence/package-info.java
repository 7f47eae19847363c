/** JPA plumbing shared by the platform's entities (converters). */
package io.tsumugi.core.persistence;
