/**
 * GeoJSON (RFC 7946) for the picture: the feature codec shared by plain GeoJSON import/export and bundles ({@link
 * org.paxmap.geojson.FeatureJson}), the canonical content hash over RFC 8785 canonical JSON ({@link
 * org.paxmap.geojson.CanonicalJson}), a strict streaming reader that names the file, feature and field of every refusal
 * ({@link org.paxmap.geojson.GeoJsonFeatureReader}) and a streaming writer ({@link
 * org.paxmap.geojson.GeoJsonFeatureWriter}). Nothing here touches a store; every public class is stateless and
 * thread-safe.
 */
package org.paxmap.geojson;
