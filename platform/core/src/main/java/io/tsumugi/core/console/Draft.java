package io.tsumugi.core.console;

import java.time.Instant;

/**
 * A staged metadata package of one administrator.
 *
 * @param loginId the administrator
 * @param baseVersion the active metadata version the draft was started from
 * @param packageJson the package in the single-document JSON form
 * @param updatedAt when it was last saved
 */
public record Draft(String loginId, int baseVersion, String packageJson, Instant updatedAt) {}
