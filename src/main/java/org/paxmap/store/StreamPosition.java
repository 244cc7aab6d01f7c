package org.paxmap.store;

import java.time.Instant;

/**
 * How far the stream of bundles from one sender has been imported. Immutable.
 *
 * @param sender the sending node
 * @param lastSeq the highest stream sequence number imported
 * @param manifestSha256 the manifest SHA-256 of that bundle (the next bundle's "previous manifest")
 * @param updatedAt when it last moved
 */
public record StreamPosition(String sender, long lastSeq, String manifestSha256, Instant updatedAt) {}
