package org.paxmap.store;

import java.util.Objects;

/**
 * The verified facts about a bundle being imported that the store records: its id, the sender node (which is the
 * signer: the signature's key must belong to the sender), the signing key id, the sender's stream sequence number
 * to this node and the SHA-256 of the manifest bytes. Immutable.
 *
 * @param bundleId the manifest's bundle id
 * @param sender the node id that sent and signed the bundle
 * @param signerKeyId the RFC 7638 thumbprint of the signing key
 * @param streamSeq the sequence number on the sender → this node stream, at least 1
 * @param manifestSha256 lower-case hex SHA-256 of the manifest bytes
 */
public record IncomingBundle(
        String bundleId, String sender, String signerKeyId, long streamSeq, String manifestSha256) {
    /** Checks that every fact is present. */
    public IncomingBundle {
        requireText("bundle id", bundleId);
        requireText("sender", sender);
        requireText("signer key id", signerKeyId);
        requireText("manifest SHA-256", manifestSha256);
        if (streamSeq < 1) {
            throw new IllegalArgumentException("stream sequence must be at least 1, was " + streamSeq);
        }
    }

    private static void requireText(String what, String value) {
        if (Objects.requireNonNull(value, what).isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
