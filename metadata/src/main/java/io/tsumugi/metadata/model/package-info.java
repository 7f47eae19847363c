/**
 * The immutable metadata model: {@link io.tsumugi.metadata.model.MetadataPackage}, its entities,
 * fields, picklists, validation rules, layouts and list views, as plain Java records. Instances are
 * built by the loader from validated JSON documents; they carry no behaviour beyond small lookups.
 */
package io.tsumugi.metadata.model;
