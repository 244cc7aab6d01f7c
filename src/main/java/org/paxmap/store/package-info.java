/**
 * The picture store: one OGC GeoPackage (SQLite) file per picture, holding the incidents, routes and zones layers
 * with the GeoPackage R*Tree spatial index, and Paxmap's own {@code paxmap_} tables (change log, settings, schema
 * version). Every write is one transaction that also appends to the change log.
 */
package org.paxmap.store;
