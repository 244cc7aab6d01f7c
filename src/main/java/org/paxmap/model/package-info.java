/**
 * The picture's domain values: {@link org.paxmap.model.Incident}, {@link org.paxmap.model.PatrolRoute} and {@link
 * org.paxmap.model.ThreatZone}, with their catalogues, grades, release labels and the synchronisation metadata every
 * feature carries.
 *
 * <p>Every type here is an immutable value (records and enums) that depends on nothing but the JDK and JTS. Geometries
 * are JTS geometries in WGS84 longitude/latitude (EPSG:4326, x = longitude); the records copy them on construction
 * and callers must not mutate the geometries they get back. Validation of ranges that need no context (a grade letter,
 * casualties ordering) happens in the constructors; geometric validation is {@code org.paxmap.geo}'s job.
 */
package org.paxmap.model;
