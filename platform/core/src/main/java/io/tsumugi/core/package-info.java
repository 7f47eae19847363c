/**
 * The engine of Tsumugi CRM. Internal: plugins must not depend on anything here (they use {@code
 * io.tsumugi.api}). Sub-packages are organised by feature.
 */
package io.tsumugi.core;
