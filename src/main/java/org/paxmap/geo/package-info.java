/**
 * Geographic helpers below the store: the WGS84 geometry factory, coordinate quantisation, and validation of every
 * geometry that enters a picture. No I/O, no JavaFX; every class is thread-safe or immutable.
 */
package org.paxmap.geo;
