package org.paxmap.store;

import java.time.Instant;

/**
 * A bundle the picture has imported. Immutable.
 *
 * @param bundleId the bundle id
 * @param sender the sending node
 * @param streamSeq its sequence number on the sender's stream to this node
 * @param manifestSha256 SHA-256 of its manifest bytes
 * @param importedAt when it was applied
 */
public record ImportRecord(String bundleId, String sender, long streamSeq, String manifestSha256, Instant importedAt) {}
