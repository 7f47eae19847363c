/**
 * Identities: users, departments (a tree) and roles stored in the platform tables, the password
 * policy, the login lockout and the login audit. Plain JDBC on the platform data source, so that
 * the services run the same inside WildFly and in tests on H2 and PostgreSQL.
 */
package io.tsumugi.core.identity;
