/**
 * GeoJSON (RFC 7946) for the picture: the feature codec shared by plain GeoJSON import/export and bundles, the
 * canonical content hash, and strict parsing that names the feature and field of every refusal.
 */
package org.paxmap.geojson;
