/** The health of a running platform: database reachable, active metadata version. */
package io.tsumugi.core.health;
