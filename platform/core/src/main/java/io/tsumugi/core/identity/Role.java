package io.tsumugi.core.identity;

/**
 * A role that can be granted.
 *
 * @param name its name, used in security constraints
 * @param labelJa its label in Japanese
 * @param labelEn its label in English
 */
public record Role(String name, String labelJa, String labelEn) {}
