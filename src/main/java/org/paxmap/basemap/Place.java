package org.paxmap.basemap;

/** A named populated place at lon/lat (WGS84 degrees). Immutable. */
public record Place(String name, double lon, double lat) {}
