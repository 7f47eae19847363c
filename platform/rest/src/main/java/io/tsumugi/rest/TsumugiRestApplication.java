package io.tsumugi.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts every resource of this package under {@code /api}. */
@ApplicationPath("api")
public class TsumugiRestApplication extends Application {}
