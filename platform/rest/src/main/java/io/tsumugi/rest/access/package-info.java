/**
 * Administrators' routes about access: permission sets assigned to users directly, and the answer
 * to "why can this user see this record?".
 */
package io.tsumugi.rest.access;
