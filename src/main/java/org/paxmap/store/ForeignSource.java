package org.paxmap.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a feature imported from a foreign file came from (schema version 9): the format, the file and the source's
 * own id for the thing — ACLED {@code event_id_cnty}, CoT {@code uid}, KML {@code id}, GPX name and time,
 * GeoPackage {@code file/table#fid} — as the import that last wrote the feature found them. The store keeps the values
 * as given; {@code org.paxmap.interop} gives them meaning (the feature's id is derived from the format and source id,
 * so a re-import finds it). Immutable.
 *
 * @param format the format's identity key, e.g. {@code acled}, {@code cot}, {@code kml}, {@code gpx}, {@code gpkg}
 * @param file the file's name (no folder), as the user chose it
 * @param sourceId the source's own id, or the thing's position in the file when it has none ({@code ownId} false)
 * @param ownId whether {@code sourceId} is the source's own id rather than a position in the file
 * @param importedAt when the import that last wrote the feature ran (the store's clock)
 */
public record ForeignSource(String format, String file, String sourceId, boolean ownId, Instant importedAt) {
    public ForeignSource {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
