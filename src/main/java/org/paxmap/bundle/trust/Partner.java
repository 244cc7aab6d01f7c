package org.paxmap.bundle.trust;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A partner node this node trusts: its identity and key, who compared the key's fingerprint out of band and when,
 * what the channel to it may carry, and which releasability codes it holds. Immutable and thread-safe.
 *
 * @param identity the partner's node id, name, organisation and public key
 * @param verifiedBy who compared the fingerprint with the partner (required)
 * @param verifiedAt when (kept to the second)
 * @param channels per release policy name, the highest classification the channel to this partner may carry; a
 *     policy absent here carries nothing
 * @param holds releasability codes the partner holds besides its organisation, e.g. {@code ITA}, {@code NATO},
 *     {@code UN}; upper-cased
 * @param status whether its key is accepted
 * @param addedAt when it was added to this picture (kept to the second)
 */
public record Partner(
        NodeIdentity identity,
        String verifiedBy,
        Instant verifiedAt,
        Map<String, String> channels,
        List<String> holds,
        PartnerStatus status,
        Instant addedAt) {

    /** Validates and normalises: verifiedBy is required, codes and policy names upper-cased. */
    public Partner {
        Objects.requireNonNull(identity, "identity");
        if (verifiedBy == null || verifiedBy.isBlank()) {
            throw new IllegalArgumentException("who verified the fingerprint (verifiedBy) is required");
        }
        verifiedBy = verifiedBy.trim();
        verifiedAt = Objects.requireNonNull(verifiedAt, "verifiedAt").truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> c = new TreeMap<>();
        channels.forEach((policy, classification) -> c.put(upper(policy), upper(classification)));
        channels = Collections.unmodifiableMap(c);
        Set<String> h = new LinkedHashSet<>();
        holds.forEach(code -> h.add(upper(code)));
        holds = List.copyOf(h);
        Objects.requireNonNull(status, "status");
        addedAt = Objects.requireNonNull(addedAt, "addedAt").truncatedTo(ChronoUnit.SECONDS);
    }

    /** The partner's node id. */
    public String nodeId() {
        return identity.nodeId();
    }

    /** The RFC 7638 thumbprint of the partner's key: the {@code kid} its signatures carry. */
    public String kid() {
        return identity.kid();
    }

    /** Whether its key is accepted. */
    public boolean active() {
        return status == PartnerStatus.ACTIVE;
    }

    /** Every code the partner holds: its organisation, then {@link #holds()}. */
    public Set<String> heldCodes() {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(identity.organisation());
        codes.addAll(holds);
        return Collections.unmodifiableSet(codes);
    }

    /** The same partner with another status. */
    public Partner withStatus(PartnerStatus newStatus) {
        return new Partner(identity, verifiedBy, verifiedAt, channels, holds, newStatus, addedAt);
    }

    private static String upper(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("partner codes and policies must not be empty");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
