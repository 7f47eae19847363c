/**
 * The cram school (学習塾) plugin: students, courses, enrolments and later paths (進路), and a panel on
 * a course comparing its students' outcomes.
 */
package io.tsumugi.plugins.education;
