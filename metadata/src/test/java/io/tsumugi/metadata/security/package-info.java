/** Tests of the security section of the metadata language. */
package io.tsumugi.metadata.security;
