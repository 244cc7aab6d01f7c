package org.paxmap.bundle.trust;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A root key this picture trusts: every node key it certifies is accepted as a partner's for bundles dated within the
 * certificate's period, with the channel and held codes given when the root was trusted. Immutable.
 *
 * @param identity the root's public identity
 * @param verifiedBy who compared the root's fingerprint out of band
 * @param verifiedAt when
 * @param channels per release policy, the highest classification the channel to the root's nodes may carry
 * @param holds releasability codes the root's nodes hold besides their organisation
 */
public record TrustedRoot(
        NodeIdentity identity,
        String verifiedBy,
        Instant verifiedAt,
        Map<String, String> channels,
        List<String> holds) {
    /** Validates and copies. */
    public TrustedRoot {
        Objects.requireNonNull(identity, "identity");
        if (verifiedBy == null || verifiedBy.isBlank()) {
            throw new IllegalArgumentException("who verified the fingerprint (verifiedBy) is required");
        }
        verifiedAt = verifiedAt.truncatedTo(ChronoUnit.SECONDS);
        channels = Map.copyOf(channels);
        holds = List.copyOf(holds);
    }

    /** The root key's thumbprint. */
    public String kid() {
        return identity.kid();
    }

    /** The root in words: "FRA root 12345 67890" (its organisation and the first two groups of its fingerprint). */
    public String words() {
        return identity.organisation() + " root " + RootAuthority.shortFingerprint(identity);
    }

    /** How the preview names it: "certified by FRA root 12345 67890". */
    public String certifiedBy() {
        return "certified by " + words();
    }

    /**
     * The partner a certificate of this root stands for, for one import: the certified key, the organisation the
     * root vouches for, this root's channel and codes; not stored in the trust list.
     */
    public Partner partnerFor(NodeCertificate certificate) {
        NodeIdentity n = certificate.node();
        NodeIdentity vouched = new NodeIdentity(
                n.nodeId(), n.name(), certificate.organisation(), n.key(), n.createdAt(), n.encryptionKey());
        return new Partner(
                vouched, certifiedBy(), certificate.issuedAt(), channels, holds, PartnerStatus.ACTIVE, Instant.now());
    }
}
