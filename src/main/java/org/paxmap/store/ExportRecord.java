package org.paxmap.store;

import java.time.Instant;

/**
 * A bundle exported to a partner. Immutable.
 *
 * @param partner the recipient node
 * @param streamSeq its sequence number on this node's stream to the partner
 * @param bundleId the bundle id
 * @param manifestSha256 SHA-256 of its manifest bytes (the next bundle's "previous manifest")
 * @param changelogSeq the change-log position the bundle covers: everything up to and including it
 * @param exportedAt when it was exported
 */
public record ExportRecord(
        String partner,
        long streamSeq,
        String bundleId,
        String manifestSha256,
        long changelogSeq,
        Instant exportedAt) {}
