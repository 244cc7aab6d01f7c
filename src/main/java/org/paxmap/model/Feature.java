package org.paxmap.model;

import java.util.UUID;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a picture: an {@link Incident}, a {@link PatrolRoute} or a {@link ThreatZone}. Implementations are
 * immutable records; a changed feature is a new value made with the record's {@code with…} methods.
 */
public sealed interface Feature permits Incident, PatrolRoute, ThreatZone {
    /** The feature's identity, minted by its origin node. */
    UUID id();

    /** The layer the feature belongs to. */
    Layer layer();

    /** The geometry in WGS84 lon/lat. Callers must not mutate it. */
    Geometry geometry();

    /** A short human name: the incident title, the route or zone name. */
    String name();

    /** The confidentiality label. */
    ReleaseLabel label();

    /** Synchronisation metadata. */
    SyncMeta sync();

    /** A copy carrying other synchronisation metadata. */
    Feature withSync(SyncMeta sync);

    /** Checks a required text field and returns it trimmed. */
    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.trim();
    }
}
