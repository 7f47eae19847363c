/** The REST API under {@code /api}: JAX-RS resources that call the core services. */
package io.tsumugi.rest;
