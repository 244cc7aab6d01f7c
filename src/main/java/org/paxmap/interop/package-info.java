/**
 * Moving a picture's features in and out of other formats, as whole operations over a {@link
 * org.paxmap.store.PictureStore}. Import is one pipeline ({@link org.paxmap.interop.ImportPipeline}): the format is
 * recognised from the content ({@link org.paxmap.interop.FormatRecognizer}), read by the format's {@link
 * org.paxmap.interop.FeatureReader} (GeoJSON, KML, KMZ, GPX, Cursor-on-Target, TAK data packages, ACLED CSV,
 * GeoPackage), classified against the picture by foreign identity ({@link org.paxmap.interop.ForeignId}) and
 * previewed or applied in one transaction. Export is plain GeoJSON today. The window and the command line call these
 * same services. No JavaFX.
 */
package org.paxmap.interop;
