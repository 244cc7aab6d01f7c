/**
 * Moving a picture's features in and out of other formats, as whole operations over a {@link
 * org.paxmap.store.PictureStore}: plain GeoJSON today; KML, GPX, CoT and ACLED CSV later. The window and the command
 * line call these same services. No JavaFX.
 */
package org.paxmap.interop;
