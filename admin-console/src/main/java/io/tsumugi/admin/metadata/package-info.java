/**
 * Console pages about metadata versions: the history ({@link
 * io.tsumugi.admin.metadata.MetadataHistoryView}), what a version changed and revert as a new plan
 * ({@link io.tsumugi.admin.metadata.VersionView}), the package of each version ({@link
 * io.tsumugi.admin.metadata.VersionPackages}), and export/import of package files ({@link
 * io.tsumugi.admin.metadata.PackageTransfer}).
 */
package io.tsumugi.admin.metadata;
