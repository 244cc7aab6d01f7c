/**
 * Export for partners who are not on Paxmap: one pipeline ({@link org.paxmap.export.FeatureExport}) streaming a
 * picture's features, through the release decision of bundles and briefings when an audience is given, to one
 * {@link org.paxmap.export.FeatureWriter} per {@link org.paxmap.export.ExportFormat} (KML, KMZ, GPX, CoT events, TAK
 * data package, ACLED CSV, plain GeoPackage, GeoJSON), written under a temporary name, mode 0600, and renamed when
 * complete. Sits above {@code brief} (whose {@code AudienceFilter} it uses) and below the window and command line.
 */
package org.paxmap.export;
