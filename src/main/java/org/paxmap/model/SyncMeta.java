package org.paxmap.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What synchronisation needs to know about a feature version (bundle format §4): the node that created the feature,
 * its version vector, the SHA-256 of its canonical content, when and by whom it was last modified, and whether it is
 * a tombstone.
 *
 * @param origin node id that created the feature; only that node may create features in its name
 * @param versions the feature's version vector
 * @param contentSha256 lower-case hex SHA-256 of the canonical geometry and properties; empty until the store has
 *     computed it
 * @param modifiedAt time of the last modification (UTC)
 * @param modifiedBy who made the last modification (user or node)
 * @param deleted whether this version is a tombstone
 */
public record SyncMeta(
        String origin,
        VersionVector versions,
        String contentSha256,
        Instant modifiedAt,
        String modifiedBy,
        boolean deleted) {

    /** Validates that the identity fields are present. */
    public SyncMeta {
        if (origin == null || origin.isBlank()) {
            throw new IllegalArgumentException("origin node is missing");
        }
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        contentSha256 = contentSha256 == null ? "" : contentSha256;
        modifiedBy = modifiedBy == null ? "" : modifiedBy;
    }

    /** Metadata for a feature about to be created by {@code node}: empty vector and hash, not deleted. */
    public static SyncMeta newLocal(String node, String user, Instant now) {
        return new SyncMeta(node, VersionVector.EMPTY, "", now, user, false);
    }

    /** A copy recording one more local edit by {@code node}, at {@code now}, by {@code user}, with the new hash. */
    public SyncMeta edited(String node, String user, Instant now, String newHash, boolean tombstone) {
        return new SyncMeta(origin, versions.increment(node), newHash, now, user, tombstone);
    }
}
